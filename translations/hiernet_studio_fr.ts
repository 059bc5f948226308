<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="45" />
        <source>%1: '%2' is not a whole number (write e.g. 2 or 2,5)</source>
        <translation>%1 : « %2 » n’est pas un nombre entier (écrivez par ex. 2 ou 2,5)</translation>
    </message>
</context>
<context>
    <name>hiernet::report::RunReport</name>
    <message>
        <location filename="../app/report/RunReport.cpp" line="95" />
        <source>HierNet report: %1</source>
        <translation>Rapport HierNet : %1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="72" />
        <source>%1 · made by HierNet Studio on %2</source>
        <translation>%1 · créé par HierNet Studio le %2</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="133" />
        <source>Dataset and configuration</source>
        <translation>Jeu de données et configuration</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="107" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="108" />
        <source>%1 (%2 classes; %3 validation and %4 test images)</source>
        <translation>%1 (%2 classes ; %3 images de validation et %4 de test)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="113" />
        <location filename="../app/report/RunReport.cpp" line="155" />
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="114" />
        <source>%1, %2 iterations (%3)</source>
        <translation>%1, %2 itérations (%3)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="105" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="118" />
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/RunReport.cpp" line="118" />
        <source>%n group(s) at the first level: </source>
        <translation>
            <numerusform>%n groupe au premier niveau : </numerusform>
            <numerusform>%n groupes au premier niveau : </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="119" />
        <source>Tree layout</source>
        <translation>Disposition de l’arbre</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="120" />
        <source>split points %1, additional blocks %2</source>
        <translation>points de séparation %1, blocs supplémentaires %2</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="122" />
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="123" />
        <source>from the backbone; leaf heads %1; root pre-training %2 iterations</source>
        <translation>depuis le backbone ; têtes feuilles %1 ; pré-entraînement de la racine %2 itérations</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="124" />
        <source>seeded from its FC rows</source>
        <translation>initialisées depuis ses lignes FC</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="124" />
        <source>fresh (the paper's code)</source>
        <translation>à neuf (code de l’article)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="126" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="127" />
        <source>schedule %1, %2 iterations, batch %3, on %4</source>
        <translation>plan %1, %2 itérations, lot %3, sur %4</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="165" />
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>iterations</source>
        <translation>itérations</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>val. top-1</source>
        <translation>top-1 val.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>test top-1</source>
        <translation>top-1 test</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>mean severity of the test mistakes</source>
        <translation>gravité moyenne des erreurs de test</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="168" />
        <source>mean severity of all test images</source>
        <translation>gravité moyenne de toutes les images de test</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="157" />
        <source>Backbone trained on (same budget)</source>
        <translation>Backbone entraîné plus longtemps (même budget)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="159" />
        <source>HierNet slow (conditional)</source>
        <translation>HierNet lente (conditionnelle)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="160" />
        <source>HierNet fast (routing)</source>
        <translation>HierNet rapide (routage)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="163" />
        <source>Root node (the groups)</source>
        <translation>Nœud racine (les groupes)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="181" />
        <source>HierNet fast − backbone on the test split: %1 points at the paper's budget</source>
        <translation>HierNet rapide − backbone sur la partie test : %1 points au budget de l’article</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="185" />
        <source>, %1 at the same budget</source>
        <translation>, %1 à budget égal</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="187" />
        <source> (no same-budget backbone: hiernet reproduce makes one)</source>
        <translation> (pas de backbone à budget égal : hiernet reproduce en crée un)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="190" />
        <source>Before training, the backbone's CPM promised a root accuracy of %1; the root reached %2 on validation.</source>
        <translation>Avant l’entraînement, la CPM du backbone promettait une précision de la racine de %1 ; la racine a atteint %2 en validation.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="199" />
        <source>Mistake severity</source>
        <translation>Gravité des erreurs</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="201" />
        <source>The height of the lowest common ancestor of the true and the predicted class in this hierarchy (Bertinetto et al. 2020): 0 = right, 1 = the right group, %1 = across the root. Test images per severity:</source>
        <translation>La hauteur du plus bas ancêtre commun de la vraie classe et de la classe prédite dans cette hiérarchie (Bertinetto et al. 2020) : 0 = juste, 1 = le bon groupe, %1 = à travers la racine. Images de test par gravité :</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="230" />
        <source>Hierarchical scores</source>
        <translation>Scores hiérarchiques</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="231" />
        <source>Hierarchical precision, recall and F1 on the test split (each label extended by its ancestors, the root left out; micro over the images, macro per image) and the accuracy per level of the tree (the node at that depth right; the last level is the class). The fast and slow answers disagree on %1 of the images.</source>
        <translation>Précision, rappel et F1 hiérarchiques sur la partie de test (chaque étiquette étendue à ses ancêtres, sans la racine ; micro sur les images, macro par image) et l’exactitude par niveau de l’arbre (le nœud à cette profondeur juste ; le dernier niveau est la classe). Les réponses rapide et lente diffèrent sur %1 des images.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="237" />
        <source>hP</source>
        <translation>hP</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="237" />
        <source>hR</source>
        <translation>hR</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="237" />
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>hF</source>
        <translation>hF</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="237" />
        <source>macro hF</source>
        <translation>hF macro</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="240" />
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="240" />
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="256" />
        <source>Stopping at a group when unsure</source>
        <translation>S’arrêter à un groupe en cas de doute</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="257" />
        <source>The fast routing answers with the deepest node of its route whose path probability reaches a threshold τ: the class when it does, else a group. Coverage is the share answered with a class, leaf accuracy is measured over those; an image stopped at a group is neither right nor wrong at the leaf, and its severity is 0 when the group holds the true class. Test split:</source>
        <translation>Le routage rapide répond par le nœud le plus profond de son chemin dont la probabilité de chemin atteint un seuil τ : la classe si elle l’atteint, sinon un groupe. La couverture est la part des images répondues par une classe, l’exactitude aux feuilles est mesurée sur celles-ci ; une image arrêtée à un groupe n’est ni juste ni fausse à la feuille, et sa gravité vaut 0 quand le groupe contient la vraie classe. Partie de test :</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>leaf accuracy</source>
        <translation>exactitude aux feuilles</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>mean severity</source>
        <translation>gravité moyenne</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>stopped at a group</source>
        <translation>arrêtées à un groupe</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="264" />
        <source>of those, holding the true class</source>
        <translation>dont contenant la vraie classe</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="289" />
        <source>The backbone</source>
        <translation>Le backbone</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="295" />
        <source>Training curves of %1: loss, accuracy and learning rate against the iteration.</source>
        <translation>Courbes d’entraînement de %1 : perte, précision et taux d’apprentissage selon l’itération.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="298" />
        <source>The backbone's metrics are not at hand (%1).</source>
        <translation>Les métriques du backbone ne sont pas disponibles (%1).</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="308" />
        <source>mean probability</source>
        <translation>probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="317" />
        <source>Its confusion probability matrix on the validation split (row: true class, column: predicted), ordered by the first-level groups, which are outlined.</source>
        <translation>Sa matrice de probabilités de confusion sur la partie validation (ligne : vraie classe, colonne : prédite), ordonnée selon les groupes de premier niveau, encadrés.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="326" />
        <source>The tree</source>
        <translation>L’arbre</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="341" />
        <source>Each node with its accuracy on the test images whose true path passes through it.</source>
        <translation>Chaque nœud avec sa précision sur les images de test dont le vrai chemin passe par lui.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Test images</source>
        <translation>Images de test</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Routes that left the true path here</source>
        <translation>Routes qui ont quitté le vrai chemin ici</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="356" />
        <source>Per-node confusion (test; rows: the true child, columns: the child chosen)</source>
        <translation>Confusion par nœud (test ; lignes : le vrai enfant, colonnes : l’enfant choisi)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="383" />
        <source>The most confident misrouted test images</source>
        <translation>Les images de test mal aiguillées les plus sûres</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="385" />
        <source>No test image left its true path.</source>
        <translation>Aucune image de test n’a quitté son vrai chemin.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="388" />
        <source>%1 of %2 misrouted test images, most confident first. The map shows where the root looked when it chose the wrong group (dark blue: nowhere, dark red: most).</source>
        <translation>%1 sur %2 images de test mal aiguillées, les plus sûres d’abord. La carte montre où la racine a regardé en choisissant le mauvais groupe (bleu foncé : nulle part, rouge foncé : le plus).</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Root Grad-CAM</source>
        <translation>Grad-CAM de la racine</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Route (probability of each branch taken)</source>
        <translation>Route (probabilité de chaque branche prise)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="400" />
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="413" />
        <source>#%1&lt;br&gt;true: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast: &lt;b&gt;%3&lt;/b&gt; (%4)&lt;br&gt;left the true path at %5</source>
        <translation>#%1&lt;br&gt;vraie : &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;rapide : &lt;b&gt;%3&lt;/b&gt; (%4)&lt;br&gt;a quitté le vrai chemin à %5</translation>
    </message>
    <message>
        <location filename="../app/report/ReportDocument.cpp" line="181" />
        <source>give a .pdf or .html file</source>
        <translation>indiquez un fichier .pdf ou .html</translation>
    </message>
</context>
<context>
    <name>hiernet::report::SweepReport</name>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="47" />
        <source>Sweep %1 on %2</source>
        <translation>Balayage %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="66" />
        <source>Backbone run %1. The grid: p_min %2, g_max %3, α %4, levels %5 — %6 points, %7 finished (the sweep is %8). Each HierNet trained with transfer from the backbone on the %9 schedule for %10 iterations (batch %11).</source>
        <translation>Exécution backbone %1. La grille : p_min %2, g_max %3, α %4, niveaux %5 — %6 points, %7 terminés (le balayage est %8). Chaque HierNet a été entraîné avec transfert depuis le backbone selon le plan %9 pendant %10 itérations (lot %11).</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="79" />
        <source>Accuracy against the number of groups</source>
        <translation>Précision selon le nombre de groupes</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="85" />
        <source>Test top-1 of the fast (routing) answers per finished point, one marker shape per g_max; the lines are the backbone and the backbone trained on for the HierNets' iterations (same budget); a ring marks the paper's p_min and g_max.</source>
        <translation>Top-1 de test des réponses rapides (routage) par point terminé, une forme de marqueur par g_max ; les lignes sont le backbone et le backbone entraîné encore pendant les itérations des HierNet (même budget) ; un anneau marque le p_min et le g_max de l’article.</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="93" />
        <source>Every point</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="108" />
        <source>Accuracies in %; the root estimate is what the backbone's CPM promised of the root before training; mistake severity is the mean height of the fast answers' wrong test answers in the point's tree. sweep.csv beside sweep.json holds every figure.</source>
        <translation>Précisions en % ; l’estimation de la racine est ce que la CPM du backbone promettait de la racine avant l’entraînement ; la gravité des erreurs est la hauteur moyenne des mauvaises réponses rapides de test dans l’arbre du point. sweep.csv à côté de sweep.json contient tous les chiffres.</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="116" />
        <source>Validation curves</source>
        <translation>Courbes de validation</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="123" />
        <source>Each trained run once (points that share a run are named together): validation top-1 and loss against the iteration, then against the training time.</source>
        <translation>Chaque exécution entraînée une fois (les points qui partagent une exécution sont nommés ensemble) : top-1 et perte de validation selon l’itération, puis selon le temps d’entraînement.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio</name>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="63" />
        <source>%1: cannot write (%2); %3 kept for a resume</source>
        <translation>%1 : écriture impossible (%2) ; %3 conservés pour la reprise</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="66" />
        <source>%1: cannot resolve the server's name — offline? (or give a reachable mirror)</source>
        <translation>%1 : impossible de résoudre le nom du serveur — hors ligne ? (ou indiquez un miroir joignable)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="71" />
        <source>%1: cannot connect — offline, or the server is down (%2)</source>
        <translation>%1 : connexion impossible — hors ligne, ou le serveur est arrêté (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="77" />
        <source>%1: the proxy failed (%2)</source>
        <translation>%1 : le proxy a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="79" />
        <source>%1: the transfer stopped after %2 (%3); what arrived is kept — download again to resume</source>
        <translation>%1 : le transfert s’est arrêté après %2 (%3) ; ce qui est arrivé est conservé — téléchargez à nouveau pour reprendre</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="85" />
        <source>%1: the server answered HTTP %2</source>
        <translation>%1 : le serveur a répondu HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="86" />
        <source>%1: download failed (%2); %3 kept for a resume</source>
        <translation>%1 : échec du téléchargement (%2) ; %3 conservés pour la reprise</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="99" />
        <source>%1: cannot create (%2)</source>
        <translation>%1 : création impossible (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="135" />
        <source>download cancelled after %1; download again to resume</source>
        <translation>téléchargement annulé après %1 ; téléchargez à nouveau pour reprendre</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="143" />
        <source>%1: the transfer stopped after %2 of %3; what arrived is kept — download again to resume</source>
        <translation>%1 : le transfert s’est arrêté après %2 sur %3 ; ce qui est arrivé est conservé — téléchargez à nouveau pour reprendre</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::BackbonePage</name>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="15" />
        <source>New backbone</source>
        <translation>Nouveau backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="16" />
        <source>(none loaded)</source>
        <translation>(aucune chargée)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="17" />
        <source>ResNet</source>
        <translation>ResNet</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="17" />
        <source>ELU-ResNet</source>
        <translation>ELU-ResNet</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="22" />
        <source>n = %1 (%2 layers)</source>
        <translation>n = %1 (%2 couches)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="26" />
        <source>ResNet, or ELU-ResNet (ELU activations, as in the paper's Table 2)</source>
        <translation>ResNet, ou ELU-ResNet (activations ELU, comme dans la table 2 de l’article)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="27" />
        <source>n residual blocks per stage: 6n + 2 layers (ResNet-8 … ResNet-110)</source>
        <translation>n blocs résiduels par étage : 6n + 2 couches (ResNet-8 … ResNet-110)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="28" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="29" />
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="30" />
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="37" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="43" />
        <source>No dataset is loaded. Open one on the Data page first (File › Open dataset).</source>
        <translation>Aucun jeu de données n’est chargé. Ouvrez-en d’abord un sur la page Données (Fichier › Ouvrir un jeu de données).</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ClassFinder</name>
    <message>
        <location filename="../app/studio/common/ClassFinder.cpp" line="12" />
        <source>Find a class…</source>
        <translation>Chercher une classe…</translation>
    </message>
    <message>
        <location filename="../app/studio/common/ClassFinder.cpp" line="14" />
        <source>Type a class name (or part of one) and press Return: the views centre on it</source>
        <translation>Tapez un nom de classe (ou une partie) puis Entrée : les vues se centrent dessus</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::CoarseRoutingPanel</name>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="36" />
        <source>Show them</source>
        <translation>Les montrer</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="38" />
        <source>τ: the routing answers with the deepest node of the fast route whose path probability (the product of the branch probabilities chosen down to it) reaches τ — the class when it does, else the group where it became unsure. τ = 0 is the fast routing.</source>
        <translation>τ : le routage répond par le nœud le plus profond du chemin rapide dont la probabilité de chemin (le produit des probabilités des branches choisies jusqu’à lui) atteint τ — la classe si elle l’atteint, sinon le groupe où il est devenu incertain. τ = 0 est le routage rapide.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="43" />
        <source>Show the images that stop at a group at this τ in the gallery</source>
        <translation>Montrer dans la galerie les images qui s’arrêtent à un groupe pour ce τ</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="44" />
        <source>Left: leaf accuracy (over the images answered at a class) against coverage, one point per τ. Right: the answers' mean mistake severity against τ (a group that holds the true class counts 0).</source>
        <translation>À gauche : exactitude aux feuilles (sur les images répondues par une classe) en fonction de la couverture, un point par τ. À droite : la gravité moyenne des réponses en fonction de τ (un groupe qui contient la vraie classe compte 0).</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="47" />
        <source>Stop at a group below τ</source>
        <translation>S’arrêter à un groupe sous τ</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="101" />
        <source>At τ = %1: %2 % answered at a class, %3 % of those right; %4 images stop at a group (%5 of those groups hold the true class); mean severity %6 (fast routing: %7)</source>
        <translation>Pour τ = %1 : %2 % répondues par une classe, dont %3 % justes ; %4 images s’arrêtent à un groupe (%5 de ces groupes contiennent la vraie classe) ; gravité moyenne %6 (routage rapide : %7)</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ComparePage</name>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="68" />
        <source>Stop sweep</source>
        <translation>Arrêter le balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="69" />
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="70" />
        <source>Continue sweep</source>
        <translation>Poursuivre le balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="89" />
        <source>Select runs on the left (Ctrl-click for several), or choose a sweep.</source>
        <translation>Sélectionnez des exécutions à gauche (Ctrl-clic pour plusieurs), ou choisissez un balayage.</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="97" />
        <source>&lt;b&gt;Sweep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Balayage&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="99" />
        <source>Sweeps in the runs folder and those opened lately</source>
        <translation>Les balayages du dossier des exécutions et ceux ouverts récemment</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="101" />
        <source>Open sweep folder…</source>
        <translation>Ouvrir un dossier de balayage…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="102" />
        <source>A folder made by hiernet sweep or the Grouping page's Sweep… (it holds sweep.json)</source>
        <translation>Un dossier créé par hiernet sweep ou par « Balayage… » de la page Regroupement (il contient sweep.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="104" />
        <source>&lt;b&gt;Runs&lt;/b&gt; (select several)</source>
        <translation>&lt;b&gt;Exécutions&lt;/b&gt; (en sélectionner plusieurs)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="108" />
        <source>Refresh lists</source>
        <translation>Actualiser les listes</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="109" />
        <source>Look for runs and sweeps again (the runs folder and those opened lately)</source>
        <translation>Chercher à nouveau les exécutions et balayages (dossier des exécutions et ceux ouverts récemment)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="134" />
        <source>Stop the sweep: the point in training keeps its checkpoint, the finished points are kept</source>
        <translation>Arrêter le balayage : le point en entraînement garde son point de reprise, les points terminés sont conservés</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="139" />
        <source>Train the points this sweep has not finished (the interrupted one resumes from its checkpoint)</source>
        <translation>Entraîner les points que ce balayage n’a pas terminés (celui interrompu reprend à son point de reprise)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="141" />
        <source>The sweep's report as PDF or HTML: the chart, the table and the curves</source>
        <translation>Le rapport du balayage en PDF ou HTML : le graphique, le tableau et les courbes</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="146" />
        <source>Against</source>
        <translation>Selon</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="147" />
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="148" />
        <source>training time</source>
        <translation>temps d’entraînement</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="149" />
        <source>The curves' x axis: the iteration, or the training time in minutes</source>
        <translation>L’axe x des courbes : l’itération, ou le temps d’entraînement en minutes</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="154" />
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="165" />
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="166" />
        <source>The table, in its current order, onto the clipboard as CSV</source>
        <translation>Le tableau, dans son ordre actuel, dans le presse-papiers en CSV</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="169" />
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="170" />
        <source>Accuracy against groups</source>
        <translation>Précision selon les groupes</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="199" />
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="209" />
        <source>(choose a sweep)</source>
        <translation>(choisir un balayage)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="226" />
        <source>Open a sweep folder</source>
        <translation>Ouvrir un dossier de balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="243" />
        <source>These runs do not compare: %1</source>
        <translation>Ces exécutions ne se comparent pas : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="264" />
        <source>No sweep to show: %1</source>
        <translation>Aucun balayage à afficher : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="279" />
        <source>Sweep %1 of %2 on %3: %4 of %5 points finished (%6).</source>
        <translation>Balayage %1 de %2 sur %3 : %4 points sur %5 terminés (%6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/compare/ComparePage.cpp" line="285" />
        <source>%n run(s) on %1.</source>
        <translation>
            <numerusform>%n exécution sur %1.</numerusform>
            <numerusform>%n exécutions sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="392" />
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="395" />
        <source>stopping at a checkpoint…</source>
        <translation>arrêt à un point de reprise…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="401" />
        <source>ETA %1 min</source>
        <translation>reste environ %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="417" />
        <source>The sweep failed: %1</source>
        <translation>Le balayage a échoué : %1</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ComparisonViews</name>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="30" />
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="31" />
        <source>p_min</source>
        <translation>p_min</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="33" />
        <source>g_max</source>
        <translation>g_max</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="35" />
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="37" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="39" />
        <source>Root estimate %</source>
        <translation>Estimation racine %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="41" />
        <source>Root %</source>
        <translation>Racine %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="43" />
        <source>Val slow %</source>
        <translation>Val. lent %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="45" />
        <source>Val fast %</source>
        <translation>Val. rapide %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="47" />
        <source>Test slow %</source>
        <translation>Test lent %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="49" />
        <source>Test fast %</source>
        <translation>Test rapide %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="51" />
        <source>Mistake severity</source>
        <translation>Gravité des erreurs</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="53" />
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="55" />
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="57" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="59" />
        <source>Images/s</source>
        <translation>Images/s</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="68" />
        <source>backbone</source>
        <translation>backbone</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="70" />
        <source>backbone, same budget</source>
        <translation>backbone, même budget</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="73" />
        <source> (= %1)</source>
        <translation> (= %1)</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ConfusionPage</name>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="31" />
        <source>Open a backbone run (its cpm.json) to see its confusions.</source>
        <translation>Ouvrez une exécution de backbone (son cpm.json) pour voir ses confusions.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="33" />
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="34" />
        <source>Order by grouping</source>
        <translation>Ordonner par regroupement</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="35" />
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="41" />
        <source>Confusion probability matrix</source>
        <translation>Matrice de probabilités de confusion</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="41" />
        <source>Hard confusion matrix</source>
        <translation>Matrice de confusion stricte</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="47" />
        <source>the backbone's answers</source>
        <translation>des réponses du backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="48" />
        <source>the HierNet's fast answers</source>
        <translation>des réponses rapides du HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="49" />
        <source>the HierNet's slow answers</source>
        <translation>des réponses lentes du HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="50" />
        <source>A click on a cell (true → predicted) opens those images of the split on the Explore page, the most confident wrong answers first: whose answers — the backbone's, or the fast or slow answers of the HierNet open on Explore (or one trained from this backbone)</source>
        <translation>Un clic sur une cellule (vraie → prédite) ouvre ces images de la partie sur la page Explorer, les réponses fausses les plus sûres d’abord : les réponses de qui — du backbone, ou les réponses rapides ou lentes du HierNet ouvert sur Explorer (ou d’un HierNet entraîné depuis ce backbone)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="53" />
        <source>Write each value in its cell where it fits</source>
        <translation>Écrire chaque valeur dans sa cellule là où elle tient</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="54" />
        <source>Open run…</source>
        <translation>Ouvrir une exécution…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="55" />
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="56" />
        <source>Open a CPM file: cpm.json, or a K×K NumPy .npy or CSV matrix from another tool</source>
        <translation>Ouvrir un fichier de CPM : cpm.json, ou une matrice K×K NumPy .npy ou CSV venant d’un autre outil</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="57" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="58" />
        <source>Open a backbone run to show its CPM</source>
        <translation>Ouvrir une exécution de backbone pour montrer sa CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="59" />
        <source>Save the heatmap as PNG or PDF</source>
        <translation>Enregistrer la carte de chaleur en PNG ou PDF</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="60" />
        <source>Mean softmax per true class (CPM), or the counts of the predicted classes</source>
        <translation>Softmax moyen par vraie classe (CPM), ou les effectifs des classes prédites</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="61" />
        <source>Colour the values on a log scale (small confusions show)</source>
        <translation>Colorer les valeurs sur une échelle logarithmique (les petites confusions apparaissent)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="62" />
        <source>Order rows and columns by the groups and outline them</source>
        <translation>Ordonner lignes et colonnes par groupe et encadrer les groupes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="63" />
        <source>p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it</source>
        <translation>p_min : deux groupes ne fusionnent que tant que leur proximité (leur confusion mutuelle dans la CPM) est au-dessus</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="64" />
        <source>g_max: the largest group the grouping may make</source>
        <translation>g_max : le plus grand groupe que le regroupement peut former</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="73" />
        <source>p_min</source>
        <translation>p_min</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="75" />
        <source>g_max</source>
        <translation>g_max</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="79" />
        <source>A click shows the images of</source>
        <translation>Un clic montre les images</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="93" />
        <source>CPM file</source>
        <translation>Fichier de CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="93" />
        <source>CPM (*.json *.npy *.csv);;All files (*)</source>
        <translation>CPM (*.json *.npy *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="95" />
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="107" />
        <source>No class is called or contains “%1”.</source>
        <translation>Aucune classe ne s’appelle ni ne contient « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="168" />
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="168" />
        <source>mean probability</source>
        <translation>probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="200" />
        <source>Backbone run directory</source>
        <translation>Dossier de l’exécution du backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="202" />
        <source>Open run</source>
        <translation>Ouvrir une exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="204" />
        <source>Choose a run directory that holds cpm.json (hiernet cpm RUNDIR writes it).</source>
        <translation>Choisissez un dossier d’exécution qui contient cpm.json (hiernet cpm RUNDIR l’écrit).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="210" />
        <source>Export heatmap</source>
        <translation>Exporter la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="210" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="212" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="212" />
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::DataPage</name>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="29" />
        <source>No dataset</source>
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="34" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="61" />
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="78" />
        <source>%1 classes · images %2×%3×%4 (C×H×W) · train %5 · validation %6 · test %7 · channel mean %8</source>
        <translation>%1 classes · images %2×%3×%4 (C×H×W) · entraînement %5 · validation %6 · test %7 · moyenne par canal %8</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="87" />
        <source>Source: %1 · validation/test: %2</source>
        <translation>Source : %1 · validation/test : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="90" />
        <source>%1 coarse classes: %2</source>
        <translation>%1 super-classes : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="113" />
        <source>Could not load %1</source>
        <translation>Impossible de charger %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="114" />
        <source>Choose another dataset with File ▸ Open dataset.</source>
        <translation>Choisissez un autre jeu de données avec Fichier ▸ Ouvrir un jeu de données.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ErrorOverview</name>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="43" />
        <source>Mistake severity: the height of the lowest common ancestor of the true and the predicted class in the hierarchy (0 = right, 1 = the right group, higher = a worse mistake). Click a severity column to show the images whose fast prediction has it.</source>
        <translation>Gravité d’erreur : la hauteur du plus bas ancêtre commun de la vraie classe et de la classe prédite dans la hiérarchie (0 = juste, 1 = le bon groupe, plus haut = une erreur plus grave). Cliquez sur une colonne de gravité pour montrer les images dont la prédiction rapide l’a.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Left the true path here</source>
        <translation>A quitté le vrai chemin ici</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="56" />
        <source>Rows: the true child; columns: the child the node chose. Click a cell to show those images.</source>
        <translation>Lignes : le vrai enfant ; colonnes : l’enfant choisi par le nœud. Cliquez sur une cellule pour montrer ces images.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="60" />
        <source>Hierarchical precision, recall and F1: the true class and the answer each extended by their ancestors (the root left out); micro over all images, macro per image. Level d: the answer's node at depth d is the true one.</source>
        <translation>Précision, rappel et F1 hiérarchiques : la vraie classe et la réponse, chacune étendue à ses ancêtres (sans la racine) ; micro sur toutes les images, macro par image. Niveau d : le nœud de la réponse à la profondeur d est le vrai.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="63" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="64" />
        <source>Save this overview as PNG or PDF</source>
        <translation>Enregistrer cette vue d’ensemble en PNG ou PDF</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="65" />
        <source>The tree node whose confusion table is shown</source>
        <translation>Le nœud de l’arbre dont la table de confusion est montrée</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="69" />
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="70" />
        <source>Severity and scores</source>
        <translation>Gravité et scores</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="71" />
        <source>Stop at a group</source>
        <translation>S’arrêter à un groupe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="93" />
        <source>Confusion at node</source>
        <translation>Confusion au nœud</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="126" />
        <source>%1 · %2 images · backbone top-1 %3 %</source>
        <translation>%1 · %2 images · backbone top-1 %3 %</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="132" />
        <source>%1 · %2 images · routing (fast) top-1 %3 % · conditional (slow) top-1 %4 % · misrouted %5 · wrong class in the right group %6</source>
        <translation>%1 · %2 images · routage (rapide) top-1 %3 % · conditionnelle (lente) top-1 %4 % · mal aiguillées %5 · mauvaise classe dans le bon groupe %6</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="163" />
        <source>How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root), beside the backbone it was transferred from, on the same images:</source>
        <translation>La gravité des erreurs, dans la hiérarchie de cette exécution (gravité 0 = juste … %1 = à travers la racine), à côté du backbone d’origine, sur les mêmes images :</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="166" />
        <source>How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root). The backbone's run is not at hand, so there is no backbone row.</source>
        <translation>La gravité des erreurs, dans la hiérarchie de cette exécution (gravité 0 = juste … %1 = à travers la racine). L’exécution du backbone n’est pas disponible : pas de ligne backbone.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="169" />
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="169" />
        <source>Mean severity
(mistakes)</source>
        <translation>Gravité moyenne
(erreurs)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="169" />
        <source>Mean severity
(all images)</source>
        <translation>Gravité moyenne
(toutes les images)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Right
(0)</source>
        <translation>Juste
(0)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Severity
%1 (root)</source>
        <translation>Gravité
%1 (racine)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Severity
%1</source>
        <translation>Gravité
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="204" />
        <source>Hierarchical scores in this run's hierarchy; the fast and slow answers disagree on %1 % of the images:</source>
        <translation>Scores hiérarchiques dans la hiérarchie de ce run ; les réponses rapide et lente diffèrent sur %1 % des images :</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="206" />
        <source>hP</source>
        <translation>hP</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="206" />
        <source>hR</source>
        <translation>hR</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="206" />
        <source>hF</source>
        <translation>hF</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="206" />
        <source>macro hF</source>
        <translation>hF macro</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="209" />
        <source>Leaf
(class)</source>
        <translation>Feuille
(classe)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="209" />
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="270" />
        <source>true %1, chose %2: %3 images</source>
        <translation>vrai %1, choisi %2 : %3 images</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::EvaluatedImagesModel</name>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="91" />
        <source>Image %1
true: %2
fast: %3 (%4)
slow: %5</source>
        <translation>Image %1
vraie : %2
rapide : %3 (%4)
lente : %5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="98" />
        <source>
left the true path at %1</source>
        <translation>
a quitté le vrai chemin à %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="100" />
        <source>
stops at %1 when unsure (τ = %2)</source>
        <translation>
s’arrête à %1 en cas de doute (τ = %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="106" />
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ExplorePage</name>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="44" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="45" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="47" />
        <source>Open a trained HierNet run to explore how its test images are routed.</source>
        <translation>Ouvrez une exécution HierNet entraînée pour explorer comment ses images de test sont aiguillées.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="56" />
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="200" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="201" />
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="439" />
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="440" />
        <source>Correct</source>
        <translation>Justes</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="444" />
        <source>Misrouted</source>
        <translation>Mal aiguillées</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="445" />
        <source>Wrong class in the right group</source>
        <translation>Mauvaise classe dans le bon groupe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="446" />
        <source>Fast and slow disagree</source>
        <translation>Rapide et lente en désaccord</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="448" />
        <source>Stop at a group when unsure (τ)</source>
        <translation>Arrêtées à un groupe en cas de doute (τ)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="208" />
        <source>by index</source>
        <translation>par indice</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="209" />
        <source>least confident first</source>
        <translation>les moins sûres d’abord</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="210" />
        <source>most confident first</source>
        <translation>les plus sûres d’abord</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="211" />
        <source>Clear the confusion-cell filter</source>
        <translation>Effacer le filtre de cellule de confusion</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="213" />
        <source>Mistake severity of the fast prediction: the height of the lowest common ancestor of the true and the predicted class (0 = right, 1 = the right group, the tree's height = across the root)</source>
        <translation>Gravité d’erreur de la prédiction rapide : la hauteur du plus bas ancêtre commun de la vraie classe et de la classe prédite (0 = juste, 1 = le bon groupe, la hauteur de l’arbre = à travers la racine)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="66" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="68" />
        <source>Export list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="70" />
        <source>Save the images the filters show as CSV (index, classes, where the route left the true path, confidence, severity)</source>
        <translation>Enregistrer en CSV les images que montrent les filtres (indice, classes, où la route a quitté le vrai chemin, confiance, gravité)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="218" />
        <source>The images to explore: the test split (reported once) or the validation split</source>
        <translation>Les images à explorer : la partie test (rapportée une fois) ou la partie validation</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="219" />
        <source>Load the run and evaluate the split (once per checkpoint; cached in the run)</source>
        <translation>Charger l’exécution et évaluer la partie (une fois par point de reprise ; mis en cache dans l’exécution)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="220" />
        <source>Stop loading the run</source>
        <translation>Arrêter le chargement de l’exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="221" />
        <source>Which images: all, right, misrouted (the route left the true path), wrong class in the right group, or fast and slow disagreeing</source>
        <translation>Quelles images : toutes, justes, mal aiguillées (la route a quitté le vrai chemin), mauvaise classe dans le bon groupe, ou rapide et lente en désaccord</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="223" />
        <source>Only the images of this true class</source>
        <translation>Seulement les images de cette vraie classe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="227" />
        <source>Only the images whose route left the true path at this node</source>
        <translation>Seulement les images dont la route a quitté le vrai chemin à ce nœud</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="596" />
        <source>HierNet run</source>
        <translation>Exécution HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="254" />
        <source>Split</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="266" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="278" />
        <source>left the path at</source>
        <translation>chemin quitté à</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="280" />
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="274" />
        <source>sorted</source>
        <translation>tri</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="67" />
        <source>Choose a run directory</source>
        <translation>Choisir un dossier de run</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="71" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="72" />
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="102" />
        <source>&lt;b&gt;Your images&lt;/b&gt; — click one for its route</source>
        <translation>&lt;b&gt;Vos images&lt;/b&gt; — cliquez sur l’une pour sa route</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="104" />
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="105" />
        <source>Remove your images from the page (the files stay)</source>
        <translation>Retirer vos images de la page (les fichiers restent)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="146" />
        <source>Open a run first: your images are routed through its tree.</source>
        <translation>Ouvrez d’abord une exécution : vos images sont routées dans son arbre.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="152" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/explore/ExplorePage.cpp" line="156" />
        <source>%n image(s) added: click one for its route.</source>
        <translation>
            <numerusform>%n image ajoutée : cliquez dessus pour sa route.</numerusform>
            <numerusform>%n images ajoutées : cliquez sur l’une pour sa route.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/explore/ExplorePage.cpp" line="157" />
        <source>%n image(s) added; skipped %1</source>
        <translation>
            <numerusform>%n image ajoutée ; ignorés : %1</numerusform>
            <numerusform>%n images ajoutées ; ignorés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="166" />
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="166" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.pnm *.tga);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.pnm *.tga);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="216" />
        <source>The run to explore: one of the known HierNet runs, or a directory (a backbone run is explored as its tree of one node)</source>
        <translation>Le run à explorer : un des runs HierNet connus, ou un dossier (un run de backbone est exploré comme son arbre à un seul nœud)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="224" />
        <source>Only the images the chosen answer gives this class (with a true class: one confusion cell)</source>
        <translation>Seulement les images auxquelles la réponse choisie donne cette classe (avec une vraie classe : une cellule de confusion)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="225" />
        <source>Whose answer the predicted class and the confidence order are: the tree's fast route, its slow (conditional) answer, or the backbone it was transferred from</source>
        <translation>De qui sont la classe prédite et l’ordre de confiance : le chemin rapide de l’arbre, sa réponse lente (conditionnelle) ou le backbone dont il a été transféré</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="228" />
        <source>Sort by index, or by the confidence of the chosen answer</source>
        <translation>Trier par indice, ou par la confiance de la réponse choisie</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="245" />
        <source>Open images…</source>
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="247" />
        <source>Route your own images (PNG, JPEG, BMP, …; or drop files or a folder on the page): each is converted to the run's input and explained like a test image</source>
        <translation>Router vos propres images (PNG, JPEG, BMP, … ; ou déposez des fichiers ou un dossier sur la page) : chacune est convertie en entrée de l’exécution et expliquée comme une image de test</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="251" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="268" />
        <source>true class</source>
        <translation>vraie classe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="270" />
        <source>predicted</source>
        <translation>prédite</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="272" />
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="302" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="309" />
        <source>Could not open the run: %1</source>
        <translation>Impossible d’ouvrir l’exécution : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="391" />
        <source>Loading %1 and evaluating its %2 split (once per checkpoint; cached in the run)…</source>
        <translation>Chargement de %1 et évaluation de sa partie %2 (une fois par point de reprise ; mis en cache dans l’exécution)…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="414" />
        <source>%1 · a backbone run, explored as a tree of one node · %2 images · top-1 %3 %%4</source>
        <translation>%1 · un run de backbone, exploré comme un arbre à un seul nœud · %2 images · top-1 %3 %%4</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="442" />
        <source>Wrong</source>
        <translation>Fausses</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="462" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="471" />
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="465" />
        <source>0: right (%1)</source>
        <translation>0 : juste (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="466" />
        <source>%1: across the root (%2)</source>
        <translation>%1 : à travers la racine (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="467" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="487" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="483" />
        <source>any node</source>
        <translation>tout nœud</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="410" />
        <source>No backbone maps or severities to compare with: %1</source>
        <translation>Pas de cartes ni de gravités du backbone à comparer : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="419" />
        <source>%1 · %2 images · fast %3 % · slow %4 %%5</source>
        <translation>%1 · %2 images · rapide %3 % · lente %4 %%5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="412" />
        <source> · evaluation read from the run's cache</source>
        <translation> · évaluation lue dans le cache de l’exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="547" />
        <source>%1 of %2 images</source>
        <translation>%1 sur %2 images</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="551" />
        <source>at %1: true %2, chose %3</source>
        <translation>à %1 : vrai %2, choisi %3</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="604" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="606" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="614" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="604" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="606" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="614" />
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="612" />
        <source>Export the filtered list</source>
        <translation>Exporter la liste filtrée</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="612" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GetDatasetDialog</name>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="29" />
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="30" />
        <source>&amp;Cancel download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="31" />
        <source>&amp;Open dataset</source>
        <translation>&amp;Ouvrir le jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="33" />
        <source>Get dataset</source>
        <translation>Obtenir un jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="59" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="63" />
        <source>The dataset to download: its official binary archive, checked against its published MD5 sum</source>
        <translation>Le jeu de données à télécharger : son archive binaire officielle, vérifiée par sa somme MD5 publiée</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="65" />
        <source>Where datasets are kept; a dataset downloaded into the default folder opens by its name</source>
        <translation>Où sont gardés les jeux de données ; un jeu téléchargé dans le dossier par défaut s’ouvre par son nom</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="67" />
        <source>optional: http://, https:// or file:// address holding the same archive names</source>
        <translation>facultatif : adresse http://, https:// ou file:// contenant les mêmes noms d’archives</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="68" />
        <source>A local or institutional copy of the archives, used instead of the official address</source>
        <translation>Une copie locale ou institutionnelle des archives, utilisée à la place de l’adresse officielle</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="69" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="70" />
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="72" />
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="83" />
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="39" />
        <source>Bytes downloaded of the archive's size</source>
        <translation>Octets téléchargés sur la taille de l’archive</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="91" />
        <source>Download (or resume), check the MD5 sum, then unpack into the data folder</source>
        <translation>Télécharger (ou reprendre), vérifier la somme MD5, puis décompresser dans le dossier des données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="93" />
        <source>Stop; what arrived is kept, and the next download resumes from there</source>
        <translation>Arrêter ; ce qui est arrivé est conservé, et le prochain téléchargement reprend de là</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="95" />
        <source>Open the downloaded dataset in the studio</source>
        <translation>Ouvrir le jeu de données téléchargé dans le studio</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="82" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="84" />
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="121" />
        <source>%1 is already in %2.</source>
        <translation>%1 est déjà dans %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="125" />
        <source>%1: %2, from %3</source>
        <translation>%1 : %2, depuis %3</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="169" />
        <source>Ready in %1. Open it here, or as “%2” from the command line.</source>
        <translation>Prêt dans %1. Ouvrez-le ici, ou en ligne de commande comme « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="173" />
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="177" />
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="183" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="196" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="201" />
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="204" />
        <source> · %1:%2 left</source>
        <translation> · %1:%2 restantes</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingPage</name>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="80" />
        <source>Open a backbone run (its cpm.json) to group its classes.</source>
        <translation>Ouvrez une exécution de backbone (son cpm.json) pour regrouper ses classes.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="119" />
        <source>No class is called or contains “%1”.</source>
        <translation>Aucune classe ne s’appelle ni ne contient « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="140" />
        <source>The CPM in the order of the groups at this step; the two groups the step merges are marked</source>
        <translation>La CPM dans l’ordre des groupes à cette étape ; les deux groupes que l’étape fusionne sont marqués</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="143" />
        <source>Balance α: pairs are ranked by proximity × (2 / size of the union)^α, so large groups need closer pairs; 0 is the paper's rule</source>
        <translation>Équilibre α : les paires sont classées par proximité × (2 / taille de l’union)^α, les grands groupes demandent donc des paires plus proches ; 0 est la règle de l’article</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="147" />
        <source>Worked out from the CPM alone, before any HierNet is trained: the share of each group's CPM mass that stays inside it is the backbone's own chance to route an image of it right at the root</source>
        <translation>Calculé à partir de la seule CPM, avant tout entraînement de HierNet : la part de la masse CPM de chaque groupe qui y reste est la chance du backbone lui-même d’aiguiller correctement une de ses images à la racine</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="154" />
        <source>p_min on a log scale from 1e-5 to 2: groups merge while their proximity is above it</source>
        <translation>p_min sur une échelle logarithmique de 1e-5 à 2 : les groupes fusionnent tant que leur proximité est au-dessus</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="156" />
        <source>g_max: the largest group the grouping may make</source>
        <translation>g_max : le plus grand groupe que le regroupement peut former</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="157" />
        <source>further levels, e.g. 0.05:5</source>
        <translation>niveaux suivants, par ex. 0.05:5</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="158" />
        <source>Deeper trees: each P:G regroups inside every group of the level above</source>
        <translation>Arbres plus profonds : chaque P:G regroupe à l’intérieur de chaque groupe du niveau supérieur</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="167" />
        <source>Filter groups and classes by name…</source>
        <translation>Filtrer groupes et classes par nom…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="168" />
        <source>Show only the groups whose name, or one of whose classes' names, contains this text</source>
        <translation>N’afficher que les groupes dont le nom, ou celui d’une de leurs classes, contient ce texte</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="169" />
        <source>How many first-level groups have each size</source>
        <translation>Combien de groupes du premier niveau ont chaque taille</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="184" />
        <source>Open run…</source>
        <translation>Ouvrir une exécution…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="188" />
        <source>p_min</source>
        <translation>p_min</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="191" />
        <source>g_max</source>
        <translation>g_max</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="193" />
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="195" />
        <source>Balance α</source>
        <translation>Équilibre α</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="206" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="208" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="217" />
        <source>Merge groups</source>
        <translation>Fusionner les groupes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="218" />
        <source>Merge the selected groups into the first one</source>
        <translation>Fusionner les groupes choisis dans le premier</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="219" />
        <source>Split off</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="220" />
        <source>Move the selected classes of one group into a new group</source>
        <translation>Déplacer les classes choisies d’un groupe dans un nouveau groupe</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="221" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="243" />
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="423" />
        <source>%1 first-level groups · %2 leaf groups · depth %3 · balance %4 · from %5</source>
        <translation>%1 groupes du premier niveau · %2 groupes feuilles · profondeur %3 · équilibre %4 · depuis %5</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="222" />
        <source>Rename the selected group</source>
        <translation>Renommer le groupe choisi</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="244" />
        <source>Load a hierarchy: a hierarchy file or the dataset's coarse labels</source>
        <translation>Charger une hiérarchie : un fichier de hiérarchie ou les super-classes du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="246" />
        <source>Hierarchy file…</source>
        <translation>Fichier de hiérarchie…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="247" />
        <source>Dataset's coarse labels</source>
        <translation>Super-classes du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="249" />
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="251" />
        <source>With a hierarchy file…</source>
        <translation>Avec un fichier de hiérarchie…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="252" />
        <source>With the dataset's coarse labels</source>
        <translation>Avec les super-classes du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="255" />
        <source>Save hierarchy…</source>
        <translation>Enregistrer la hiérarchie…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="256" />
        <source>Save the groups as hierarchy.json for the HierNet page or hiernet train-hiernet</source>
        <translation>Enregistrer les groupes en hierarchy.json pour la page HierNet ou hiernet train-hiernet</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="254" />
        <source>Compare the groups with another hierarchy (adjusted Rand index and the classes that moved)</source>
        <translation>Comparer les groupes à une autre hiérarchie (indice de Rand ajusté et classes déplacées)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="185" />
        <source>Open a backbone run to group the classes of its CPM</source>
        <translation>Ouvrir une exécution de backbone pour regrouper les classes de sa CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="152" />
        <source>p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it</source>
        <translation>p_min : deux groupes ne fusionnent que tant que leur proximité (leur confusion mutuelle dans la CPM) est au-dessus</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="258" />
        <source>Sweep…</source>
        <translation>Balayage…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="260" />
        <source>Train HierNets over a grid of p_min / g_max around these values, then compare them (Compare page)</source>
        <translation>Entraîner des HierNet sur une grille de p_min / g_max autour de ces valeurs, puis les comparer (page Comparer)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="273" />
        <source>Groups (drag a class onto a group; double-click a group to rename)</source>
        <translation>Groupes (glissez une classe sur un groupe ; double-cliquez sur un groupe pour le renommer)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="313" />
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="441" />
        <source>&lt;b&gt;What the CPM promises&lt;/b&gt;: root accuracy ≈ %1 %</source>
        <translation>&lt;b&gt;Ce que promet la CPM&lt;/b&gt; : précision de la racine ≈ %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="443" />
        <source> (%1 % of the validation images were predicted inside their group)</source>
        <translation> (%1 % des images de validation ont été prédites dans leur groupe)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="445" />
        <source> · group sizes %1 to %2, entropy %3 bits, balance %4</source>
        <translation> · tailles de groupe %1 à %2, entropie %3 bits, équilibre %4</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="451" />
        <source> · adjusted Rand index %1 against %2</source>
        <translation> · indice de Rand ajusté %1 par rapport à %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="458" />
        <source>%1 % stays inside</source>
        <translation>%1 % reste à l’intérieur</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="486" />
        <source>Nothing to compare yet: open a run or load a hierarchy first.</source>
        <translation>Rien à comparer : ouvrez d’abord une exécution ou chargez une hiérarchie.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="494" />
        <source>the coarse labels</source>
        <translation>les super-classes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="506" />
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="521" />
        <source>Compared with &lt;b&gt;%1&lt;/b&gt;: adjusted Rand index %2 (leaf groups), %3 (first level). </source>
        <translation>Comparé à &lt;b&gt;%1&lt;/b&gt; : indice de Rand ajusté %2 (groupes feuilles), %3 (premier niveau). </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="526" />
        <source>No class moved.</source>
        <translation>Aucune classe déplacée.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="530" />
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="534" />
        <source>1 class moved: </source>
        <translation>1 classe déplacée : </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="534" />
        <source>%1 classes moved: </source>
        <translation>%1 classes déplacées : </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="567" />
        <source>%1: class %2 of %3.</source>
        <translation>%1 : classe %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="578" />
        <source>%1: in group “%2”.</source>
        <translation>%1 : dans le groupe « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="585" />
        <source>Select one group to rename.</source>
        <translation>Choisissez un groupe à renommer.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="589" />
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="589" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="597" />
        <source>Backbone run directory</source>
        <translation>Dossier de l’exécution du backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="605" />
        <source>Load hierarchy</source>
        <translation>Charger une hiérarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="605" />
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="613" />
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="627" />
        <source>Hierarchy (*.json)</source>
        <translation>Hiérarchie (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="613" />
        <source>Compare with hierarchy</source>
        <translation>Comparer à une hiérarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="621" />
        <source>Nothing to save yet: open a run first.</source>
        <translation>Rien à enregistrer : ouvrez d’abord une exécution.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="627" />
        <source>Save hierarchy</source>
        <translation>Enregistrer la hiérarchie</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingSession</name>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="44" />
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="71" />
        <source>%1 · %2 classes · split %3</source>
        <translation>%1 · %2 classes · partage %3</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="73" />
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="160" />
        <source>grouping</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="178" />
        <source>Levels '%1': %2. Write levels as P:G pairs separated by commas, e.g. 0.05:5,0.1:3.</source>
        <translation>Niveaux « %1 » : %2. Écrivez les niveaux comme paires P:G séparées par des virgules, par ex. 0.05:5,0.1:3.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="181" />
        <source>Regroup at p_min %1, g_max %2</source>
        <translation>Regrouper à p_min %1, g_max %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="255" />
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="257" />
        <source>Move %1 classes to %2</source>
        <translation>Déplacer %1 classes vers %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="258" />
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="277" />
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="298" />
        <source>hand edits</source>
        <translation>modifications manuelles</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="261" />
        <source>Cannot move: %1</source>
        <translation>Déplacement impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="268" />
        <source>Select two or more groups to merge.</source>
        <translation>Choisissez deux groupes ou plus à fusionner.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="276" />
        <source>Merge %1 groups into %2</source>
        <translation>Fusionner %1 groupes dans %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="280" />
        <source>Cannot merge: %1</source>
        <translation>Fusion impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="287" />
        <source>Select the classes to split off into a new group.</source>
        <translation>Choisissez les classes à séparer dans un nouveau groupe.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="294" />
        <source>the selected classes are in different groups; select classes of one group</source>
        <translation>les classes choisies sont dans des groupes différents ; choisissez les classes d’un seul groupe</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="297" />
        <source>Split %1 classes off %2</source>
        <translation>Séparer %1 classes de %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="301" />
        <source>Cannot split: %1</source>
        <translation>Séparation impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="316" />
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="319" />
        <source>Cannot rename: %1</source>
        <translation>Renommage impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="326" />
        <source>Load %1</source>
        <translation>Charger %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="329" />
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="331" />
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="338" />
        <source>no dataset is loaded; open one on the Data page</source>
        <translation>aucun jeu de données chargé ; ouvrez-en un sur la page Données</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="342" />
        <source>the dataset's classes are not the CPM's; open the run trained on this dataset</source>
        <translation>les classes du jeu de données ne sont pas celles de la CPM ; ouvrez l’exécution entraînée sur ce jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="349" />
        <source>Use coarse labels</source>
        <translation>Utiliser les super-classes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="349" />
        <source>coarse labels</source>
        <translation>super-classes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="352" />
        <source>Cannot use coarse labels: %1</source>
        <translation>Impossible d’utiliser les super-classes : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="359" />
        <source>Nothing to save yet: open a run first.</source>
        <translation>Rien à enregistrer : ouvrez d’abord une exécution.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="363" />
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="367" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierNetPage</name>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="61" />
        <source>New HierNet</source>
        <translation>Nouveau HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="66" />
        <source>Start from the backbone's weights (transfer)</source>
        <translation>Partir des poids du backbone (transfert)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="67" />
        <source>Leaf classifiers start from the backbone's FC rows</source>
        <translation>Les classifieurs feuilles partent des lignes FC du backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="69" />
        <source>Run sibling branches as one grouped network (faster, same results)</source>
        <translation>Exécuter les branches sœurs comme un seul réseau groupé (plus rapide, mêmes résultats)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="96" />
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="97" />
        <source> iterations</source>
        <translation> itérations</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="98" />
        <source>Train the root network (stem, edge, classifier) on the group labels first, with the main schedule, as the paper's code does</source>
        <translation>Entraîner d’abord le réseau racine (tronc, arête, classifieur) sur les étiquettes de groupe, avec le plan principal, comme le code de l’article</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="100" />
        <source>Backbone block after which each level's branches start (one number per level below the root)</source>
        <translation>Bloc du backbone après lequel commencent les branches de chaque niveau (un nombre par niveau sous la racine)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="101" />
        <source>Additional backbone blocks in each node's classifier, per level</source>
        <translation>Blocs de backbone supplémentaires dans le classifieur de chaque nœud, par niveau</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="106" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="107" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="108" />
        <source>Paper defaults</source>
        <translation>Valeurs de l’article</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="109" />
        <source>Choose the backbone run to transfer from</source>
        <translation>Choisir l’exécution de backbone dont transférer les poids</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="110" />
        <source>Choose the hierarchy file (hierarchy.json) the tree follows</source>
        <translation>Choisir le fichier de hiérarchie (hierarchy.json) que suit l’arbre</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="111" />
        <source>The paper's split points and additional blocks for this backbone's depth (Tables 1 and 2)</source>
        <translation>Les points de séparation et blocs supplémentaires de l’article pour la profondeur de ce backbone (tables 1 et 2)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="112" />
        <source>The backbone run the HierNet is built from (its architecture, data and weights)</source>
        <translation>L’exécution de backbone dont est construit le HierNet (son architecture, ses données et ses poids)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="113" />
        <source>The hierarchy the tree follows: saved on the Grouping page or written by hiernet group</source>
        <translation>La hiérarchie que suit l’arbre : enregistrée sur la page Regroupement ou écrite par hiernet group</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="115" />
        <source>Copy the backbone's trained blocks (BN statistics included) into every copy in the tree, as the paper does</source>
        <translation>Copier les blocs entraînés du backbone (statistiques BN comprises) dans chaque copie de l’arbre, comme l’article</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="117" />
        <source>Each leaf classifier starts from the backbone's FC rows of its classes (the paper's code starts them fresh)</source>
        <translation>Chaque classifieur feuille part des lignes FC du backbone pour ses classes (le code de l’article les initialise à neuf)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="119" />
        <source>Sibling branches of the same structure run as grouped convolutions: one kernel per layer, the same numbers</source>
        <translation>Les branches sœurs de même structure s’exécutent en convolutions groupées : un noyau par couche, les mêmes nombres</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="131" />
        <source>split after block</source>
        <translation>séparation après le bloc</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="133" />
        <source>extra blocks</source>
        <translation>blocs en plus</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="136" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="350" />
        <source>Backbone run</source>
        <translation>Exécution du backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="137" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="358" />
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="139" />
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="142" />
        <source>Root pre-training</source>
        <translation>Pré-entraînement de la racine</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="248" />
        <source>Choose a backbone run (train one on the Backbone page).</source>
        <translation>Choisissez une exécution de backbone (entraînez-en une sur la page Backbone).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="250" />
        <source>%1 is not a backbone run (no run.json of kind backbone).</source>
        <translation>%1 n’est pas une exécution de backbone (pas de run.json de type backbone).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="252" />
        <source>%1 on %2, %3 classes, status %4</source>
        <translation>%1 sur %2, %3 classes, état %4</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="257" />
        <source>Choose a hierarchy file (save one on the Grouping page).</source>
        <translation>Choisissez un fichier de hiérarchie (enregistrez-en un sur la page Regroupement).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="260" />
        <source> · hierarchy: %1 first-level groups, depth %2</source>
        <translation> · hiérarchie : %1 groupes de premier niveau, profondeur %2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="263" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="289" />
        <source>split points</source>
        <translation>points de séparation</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="264" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="289" />
        <source>additional blocks</source>
        <translation>blocs supplémentaires</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="330" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="358" />
        <source>Hierarchy (*.json)</source>
        <translation>Hiérarchie (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="379" />
        <source>Validation top-1: HierNet fast %1 %</source>
        <translation>Top-1 de validation : HierNet rapide %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="383" />
        <source> · root %1 % (the CPM promised %2 %)</source>
        <translation> · racine %1 % (la CPM promettait %2 %)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="393" />
        <source> · its backbone %1 %</source>
        <translation> · son backbone %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="399" />
        <source> · the backbone trained on for the same %1 iterations %2 % (%3)</source>
        <translation> · le backbone entraîné %1 itérations de plus %2 % (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="406" />
        <source> · no same-budget backbone yet: hiernet train-backbone --continue-from %1 --iterations %2 --out DIR</source>
        <translation> · pas encore de backbone à budget égal : hiernet train-backbone --continue-from %1 --iterations %2 --out DIR</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierarchyModel</name>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="114" />
        <source>%1 (1 class)</source>
        <translation>%1 (1 classe)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="115" />
        <source>%1 (%2 classes)</source>
        <translation>%1 (%2 classes)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="116" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="68" />
        <location filename="../app/studio/window/MainWindow.cpp" line="333" />
        <source>HierNet Studio</source>
        <translation>HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="94" />
        <source>1  Data</source>
        <translation>1  Données</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="95" />
        <source>2  Backbone</source>
        <translation>2  Backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="96" />
        <source>3  Confusion</source>
        <translation>3  Confusion</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="97" />
        <source>4  Grouping</source>
        <translation>4  Regroupement</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="98" />
        <source>5  HierNet</source>
        <translation>5  HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="99" />
        <source>6  Explore</source>
        <translation>6  Explorer</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="100" />
        <source>7  Compare</source>
        <translation>7  Comparer</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="115" />
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="125" />
        <source>%1 loaded</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="130" />
        <source>Could not load %1</source>
        <translation>Impossible de charger %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="138" />
        <source>Training in %1: %2</source>
        <translation>Entraînement dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="145" />
        <source>HierNet training in %1: %2</source>
        <translation>Entraînement HierNet dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="210" />
        <source>The HierNet's answers need a HierNet run: open one of this dataset on the Explore page, or train a HierNet from this backbone.</source>
        <translation>Les réponses du HierNet demandent un run HierNet : ouvrez-en un de ce jeu de données sur la page Explorer, ou entraînez un HierNet depuis ce backbone.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="218" />
        <source>This CPM was opened from a file, not from a run: the images behind its cells are not at hand.</source>
        <translation>Cette CPM a été ouverte depuis un fichier, pas depuis un run : les images derrière ses cellules ne sont pas disponibles.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="235" />
        <source>Report written: %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="241" />
        <location filename="../app/studio/window/MainWindow.cpp" line="452" />
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="241" />
        <source>Could not make the report: %1</source>
        <translation>Impossible de créer le rapport : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="299" />
        <source>%1 is not a run folder: it has no readable run.json</source>
        <translation>%1 n’est pas un dossier d’exécution : il n’a pas de run.json lisible</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="333" />
        <source>%1 — HierNet Studio</source>
        <translation>%1 — HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="371" />
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="379" />
        <source>(no runs opened yet)</source>
        <translation>(aucune exécution ouverte)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="386" />
        <source>&lt;h3&gt;1 Data&lt;/h3&gt;&lt;p&gt;The dataset everything else trains on: its classes, how many images each has, and samples. Fashion-MNIST opens by default; &lt;i&gt;File › Open dataset&lt;/i&gt; (Ctrl+O) opens CIFAR-10/100 binaries, IDX files or an image folder.&lt;/p&gt;&lt;p&gt;Next: train a backbone on it (Ctrl+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1 Données&lt;/h3&gt;&lt;p&gt;Le jeu de données sur lequel tout le reste s’entraîne : ses classes, le nombre d’images de chacune et des exemples. Fashion-MNIST s’ouvre par défaut ; &lt;i&gt;Fichier › Ouvrir un jeu de données&lt;/i&gt; (Ctrl+O) ouvre des binaires CIFAR-10/100, des fichiers IDX ou un dossier d’images.&lt;/p&gt;&lt;p&gt;Ensuite : entraîner un backbone dessus (Ctrl+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="390" />
        <source>&lt;h3&gt;2 Backbone&lt;/h3&gt;&lt;p&gt;Train the flat network whose confusions the tree follows. Choose the architecture, depth and schedule (&lt;i&gt;quick&lt;/i&gt; is for a CPU), then &lt;i&gt;Start&lt;/i&gt;. Curves grow as it trains; &lt;i&gt;Pause&lt;/i&gt; and &lt;i&gt;Stop&lt;/i&gt; keep the checkpoint, &lt;i&gt;Resume selected&lt;/i&gt; goes on. Selecting a run in the list shows its settings in the form.&lt;/p&gt;&lt;p&gt;When it finishes, its confusion probability matrix opens on the next page (Ctrl+3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2 Backbone&lt;/h3&gt;&lt;p&gt;Entraînez le réseau plat dont l’arbre suit les confusions. Choisissez l’architecture, la profondeur et le plan (&lt;i&gt;quick&lt;/i&gt; est pour un CPU), puis &lt;i&gt;Démarrer&lt;/i&gt;. Les courbes grandissent pendant l’entraînement ; &lt;i&gt;Pause&lt;/i&gt; et &lt;i&gt;Arrêter&lt;/i&gt; gardent le point de reprise, &lt;i&gt;Reprendre la sélection&lt;/i&gt; continue. Choisir une exécution dans la liste affiche ses paramètres dans le formulaire.&lt;/p&gt;&lt;p&gt;À la fin, sa matrice de probabilités de confusion s’ouvre sur la page suivante (Ctrl+3).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="395" />
        <source>&lt;h3&gt;3 Confusion&lt;/h3&gt;&lt;p&gt;The backbone's confusion probability matrix (CPM): how much probability each true class gives each predicted class, on the validation images. Rows and columns follow the grouping, and the groups are outlined. Hover a cell for its value.&lt;/p&gt;&lt;p&gt;Next: form the groups (Ctrl+4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3 Confusion&lt;/h3&gt;&lt;p&gt;La matrice de probabilités de confusion (CPM) du backbone : la probabilité que chaque vraie classe donne à chaque classe prédite, sur les images de validation. Lignes et colonnes suivent le regroupement, et les groupes sont encadrés. Survolez une cellule pour voir sa valeur.&lt;/p&gt;&lt;p&gt;Ensuite : former les groupes (Ctrl+4).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="399" />
        <source>&lt;h3&gt;4 Grouping&lt;/h3&gt;&lt;p&gt;Move p_min (the least proximity two groups need to merge) and g_max (the largest group) and watch the groups form, as the paper's rule merges the most confused groups first. Edit by hand if you like (drag, merge, split, rename; Ctrl+Z undoes), then &lt;i&gt;Save&lt;/i&gt; the hierarchy.&lt;/p&gt;&lt;p&gt;Next: train a HierNet on it (Ctrl+5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4 Regroupement&lt;/h3&gt;&lt;p&gt;Déplacez p_min (la proximité minimale pour que deux groupes fusionnent) et g_max (le plus grand groupe) et regardez les groupes se former : la règle de l’article fusionne d’abord les groupes les plus confondus. Modifiez à la main si vous le souhaitez (glisser, fusionner, séparer, renommer ; Ctrl+Z annule), puis &lt;i&gt;enregistrez&lt;/i&gt; la hiérarchie.&lt;/p&gt;&lt;p&gt;Ensuite : entraîner un HierNet dessus (Ctrl+5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="404" />
        <source>&lt;h3&gt;5 HierNet&lt;/h3&gt;&lt;p&gt;Train the tree of CNNs: the backbone run and the saved hierarchy are filled in; &lt;i&gt;Paper defaults&lt;/i&gt; sets where the tree splits. The curves add the conditional (slow) and routing (fast) accuracy, and the tree shows each node's accuracy.&lt;/p&gt;&lt;p&gt;When it finishes, its test images open on the Explore page (Ctrl+6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5 HierNet&lt;/h3&gt;&lt;p&gt;Entraînez l’arbre de CNN : l’exécution du backbone et la hiérarchie enregistrée sont remplies ; &lt;i&gt;Valeurs de l’article&lt;/i&gt; fixe où l’arbre se sépare. Les courbes ajoutent les précisions conditionnelle (lente) et de routage (rapide), et l’arbre montre la précision de chaque nœud.&lt;/p&gt;&lt;p&gt;À la fin, ses images de test s’ouvrent sur la page Explorer (Ctrl+6).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="409" />
        <source>&lt;h3&gt;6 Explore&lt;/h3&gt;&lt;p&gt;The trained HierNet's test images, framed by outcome (right, misrouted, wrong class in the right group). Filter and sort them; click one to see its route through the tree with every node's probabilities and where it left the true path. The &lt;i&gt;Errors&lt;/i&gt; tab shows each node's accuracy and confusion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;6 Explorer&lt;/h3&gt;&lt;p&gt;Les images de test du HierNet entraîné, encadrées selon le résultat (juste, mal aiguillée, mauvaise classe dans le bon groupe). Filtrez-les et triez-les ; cliquez sur une image pour voir sa route dans l’arbre avec les probabilités de chaque nœud et où elle a quitté le vrai chemin. L’onglet &lt;i&gt;Erreurs&lt;/i&gt; montre la précision et la confusion de chaque nœud.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="414" />
        <source>&lt;h3&gt;7 Compare&lt;/h3&gt;&lt;p&gt;Runs side by side: select several runs in the list, or choose a sweep (the Grouping page's &lt;i&gt;Sweep…&lt;/i&gt; or &lt;code&gt;hiernet sweep&lt;/code&gt; makes one). Their validation curves overlay (against the iteration or the training time; hover a curve for its run), the table sorts by any column and copies as CSV, and a sweep's chart sets its accuracy against the number of groups beside the same-budget backbone. Double-click a row or click a point to open that run.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;7 Comparer&lt;/h3&gt;&lt;p&gt;Des exécutions côte à côte : sélectionnez plusieurs exécutions dans la liste, ou choisissez un balayage (&lt;i&gt;Balayage…&lt;/i&gt; de la page Regroupement ou &lt;code&gt;hiernet sweep&lt;/code&gt; en crée un). Leurs courbes de validation se superposent (selon l’itération ou le temps d’entraînement ; survolez une courbe pour son exécution), le tableau se trie par n’importe quelle colonne et se copie en CSV, et le graphique d’un balayage montre sa précision selon le nombre de groupes à côté du backbone de même budget. Double-cliquez sur une ligne ou cliquez sur un point pour ouvrir cette exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="428" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="447" />
        <source>HierNet run to report on</source>
        <translation>Exécution HierNet du rapport</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="452" />
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>Document PDF (*.pdf);;Page HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="460" />
        <source>A report is being made already.</source>
        <translation>Un rapport est déjà en cours de création.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="463" />
        <source>Making the report of %1 (evaluating both splits once, then drawing)…</source>
        <translation>Création du rapport de %1 (évaluation des deux parties une fois, puis dessin)…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="469" />
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;HierNet Studio builds a HierNet: CNNs organised as a tree that follows how similar the classes are. The pages on the left are the steps, in the order you use them (Ctrl+1 … Ctrl+7); F1 explains the page you are on. Fashion-MNIST, ten kinds of clothes in 28×28 grey images, is open from the start.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: look at the classes and samples. &lt;i&gt;File › Open dataset&lt;/i&gt; opens CIFAR-10/100, IDX files or an image folder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backbone&lt;/b&gt;: train the flat network. With the &lt;i&gt;quick&lt;/i&gt; schedule a ResNet-8 reaches about 90 % in a few minutes on a laptop. Watch the curves; &lt;i&gt;Pause&lt;/i&gt; and &lt;i&gt;Stop&lt;/i&gt; keep the checkpoint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confusion&lt;/b&gt;: the backbone's confusion probability matrix: which classes it mixes up (a shirt with a T-shirt, a sneaker with an ankle boot).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grouping&lt;/b&gt;: move p_min and g_max and watch the most confused classes form groups, step by step with the merge stepper. &lt;i&gt;Save&lt;/i&gt; the hierarchy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HierNet&lt;/b&gt;: train the tree on that hierarchy, starting from the backbone's weights (&lt;i&gt;Paper defaults&lt;/i&gt; sets where it splits). The tree shows each node's accuracy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Explore&lt;/b&gt;: click a test image to see its route through the tree, every node's probabilities and where each node looked; the &lt;i&gt;Errors&lt;/i&gt; tab compares how bad the tree's mistakes are with the backbone's. &lt;i&gt;File › Export report…&lt;/i&gt; writes it all to a PDF.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt;: runs side by side; &lt;i&gt;Sweep…&lt;/i&gt; on the Grouping page trains HierNets over a grid of p_min and g_max, and this page sets their accuracy against the number of groups beside the same-budget backbone.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The same steps run without a window: &lt;tt&gt;hiernet reproduce --data fashion-mnist --out DIR&lt;/tt&gt; (see &lt;tt&gt;man hiernet&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Premiers pas&lt;/h2&gt;&lt;p&gt;HierNet Studio construit un HierNet : des CNN organisés en arbre qui suit la similarité des classes. Les pages à gauche sont les étapes, dans l’ordre où on les utilise (Ctrl+1 … Ctrl+7) ; F1 explique la page affichée. Fashion-MNIST, dix sortes de vêtements en images grises de 28×28, est ouvert dès le départ.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Données&lt;/b&gt; : regardez les classes et des exemples. &lt;i&gt;Fichier › Ouvrir un jeu de données&lt;/i&gt; ouvre CIFAR-10/100, des fichiers IDX ou un dossier d’images.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backbone&lt;/b&gt; : entraînez le réseau plat. Avec le plan &lt;i&gt;quick&lt;/i&gt;, un ResNet-8 atteint environ 90 % en quelques minutes sur un portable. Suivez les courbes ; &lt;i&gt;Pause&lt;/i&gt; et &lt;i&gt;Arrêter&lt;/i&gt; gardent le point de reprise.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confusion&lt;/b&gt; : la matrice de probabilités de confusion du backbone : quelles classes il confond (une chemise avec un T-shirt, une basket avec une bottine).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Regroupement&lt;/b&gt; : déplacez p_min et g_max et regardez les classes les plus confondues former des groupes, pas à pas avec le parcours des fusions. &lt;i&gt;Enregistrez&lt;/i&gt; la hiérarchie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HierNet&lt;/b&gt; : entraînez l’arbre sur cette hiérarchie, en partant des poids du backbone (&lt;i&gt;Valeurs de l’article&lt;/i&gt; fixe où il se sépare). L’arbre montre la précision de chaque nœud.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Explorer&lt;/b&gt; : cliquez sur une image de test pour voir sa route dans l’arbre, les probabilités de chaque nœud et où chaque nœud a regardé ; l’onglet &lt;i&gt;Erreurs&lt;/i&gt; compare la gravité des erreurs de l’arbre à celles du backbone. &lt;i&gt;Fichier › Exporter le rapport…&lt;/i&gt; écrit le tout dans un PDF.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comparer&lt;/b&gt; : des exécutions côte à côte ; &lt;i&gt;Balayage…&lt;/i&gt; sur la page Regroupement entraîne des HierNet sur une grille de p_min et g_max, et cette page montre leur précision selon le nombre de groupes à côté du backbone de même budget.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Les mêmes étapes s’exécutent sans fenêtre : &lt;tt&gt;hiernet reproduce --data fashion-mnist --out DIR&lt;/tt&gt; (voir &lt;tt&gt;man hiernet&lt;/tt&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="509" />
        <source>&amp;Get dataset…</source>
        <translation>&amp;Obtenir un jeu de données…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="511" />
        <source>Download CIFAR-10 or CIFAR-100 (the official archives, or a mirror), check and unpack it</source>
        <translation>Télécharger CIFAR-10 ou CIFAR-100 (les archives officielles, ou un miroir), vérifier et décompresser</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="694" />
        <source>Cannot continue %1: %2</source>
        <translation>Impossible de poursuivre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="698" />
        <source>Export the sweep's report</source>
        <translation>Exporter le rapport du balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="699" />
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="694" />
        <location filename="../app/studio/window/MainWindow.cpp" line="712" />
        <location filename="../app/studio/window/MainWindow.cpp" line="717" />
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="713" />
        <source>A sweep trains HierNets from a backbone run's CPM: open a finished backbone run first (File › Open run).</source>
        <translation>Un balayage entraîne des HierNet à partir de la CPM d’une exécution backbone : ouvrez d’abord une exécution backbone terminée (Fichier › Ouvrir une exécution).</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="717" />
        <source>A sweep is training already; stop it on the Compare page first.</source>
        <translation>Un balayage s’entraîne déjà ; arrêtez-le d’abord sur la page Comparer.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="735" />
        <source>Sweep in %1: %2</source>
        <translation>Balayage dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="738" />
        <source>The sweep failed: %1</source>
        <translation>Le balayage a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="749" />
        <source>A sweep is training</source>
        <translation>Un balayage s’entraîne</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="750" />
        <source>Stop the sweep to close? The point in training keeps its checkpoint and the finished points are kept; hiernet sweep with the same options (or Sweep… with the same grid and folder) continues it.</source>
        <translation>Arrêter le balayage pour fermer ? Le point en entraînement garde son point de reprise et les points terminés sont conservés ; hiernet sweep avec les mêmes options (ou Balayage… avec la même grille et le même dossier) le poursuit.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="766" />
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="773" />
        <source>Could not write the report: %1</source>
        <translation>Impossible d’écrire le rapport : %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="497" />
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="506" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="507" />
        <source>&amp;Open dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="512" />
        <source>Open &amp;run…</source>
        <translation>Ouvrir une &amp;exécution…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="513" />
        <source>Run directory</source>
        <translation>Dossier d’exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="517" />
        <source>Open &amp;CPM file…</source>
        <translation>Ouvrir un fichier de &amp;CPM…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="519" />
        <source>CPM file</source>
        <translation>Fichier de CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="519" />
        <source>CPM (*.json *.npy *.csv);;All files (*)</source>
        <translation>CPM (*.json *.npy *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="523" />
        <source>A confusion probability matrix from any model: cpm.json, a K×K NumPy .npy or CSV matrix (hiernet cpm --from-predictions makes one from a model's saved probabilities)</source>
        <translation>Une matrice de probabilités de confusion de n’importe quel modèle : cpm.json, une matrice K×K NumPy .npy ou CSV (hiernet cpm --from-predictions en fait une à partir des probabilités enregistrées d’un modèle)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="525" />
        <source>Recent &amp;runs</source>
        <translation>Exécutions &amp;récentes</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="529" />
        <source>Export &amp;report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="531" />
        <source>A finished HierNet run's report as PDF or HTML: configuration, curves, CPM, tree, accuracies, mistake severities and the most confident misrouted images</source>
        <translation>Le rapport d’une exécution HierNet terminée en PDF ou HTML : configuration, courbes, CPM, arbre, précisions, gravités des erreurs et les images mal aiguillées les plus sûres</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="534" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="538" />
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="546" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="547" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="551" />
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="565" />
        <source>The language changes when HierNet Studio starts again.</source>
        <translation>La langue change au prochain démarrage de HierNet Studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="569" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="570" />
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="572" />
        <source>Help for this &amp;page</source>
        <translation>Aide sur cette p&amp;age</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="575" />
        <source>&amp;About HierNet Studio</source>
        <translation>À p&amp;ropos de HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="576" />
        <source>About HierNet Studio</source>
        <translation>À propos de HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="577" />
        <source>&lt;p&gt;&lt;b&gt;HierNet Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Hierarchical CNNs that follow the similarity of the classes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HierNet Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Des CNN hiérarchiques qui suivent la similarité des classes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="599" />
        <location filename="../app/studio/window/MainWindow.cpp" line="644" />
        <source>Training is running</source>
        <translation>Un entraînement est en cours</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="600" />
        <source>A training is running. Stop it (the run keeps its checkpoint and resumes from its page), or leave it training in the background (the hiernet command line takes over from the checkpoint; open the run again to follow it)?</source>
        <translation>Un entraînement est en cours. L'arrêter (l'exécution garde son point de reprise et se reprend depuis sa page), ou le laisser continuer en arrière-plan (la ligne de commande hiernet prend le relais à partir du point de reprise ; rouvrir l'exécution pour le suivre) ?</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="605" />
        <source>Stop and keep the checkpoint</source>
        <translation>Arrêter et garder le point de reprise</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="607" />
        <source>Keep training in the background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="645" />
        <source>Could not start the hiernet command line (%1) to go on with %2. The run is stopped with its checkpoint: resume it from its page or with hiernet %3.</source>
        <translation>Impossible de lancer la ligne de commande hiernet (%1) pour poursuivre %2. L'exécution est arrêtée avec son point de reprise : la reprendre depuis sa page ou avec hiernet %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="647" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="651" />
        <source>%1 goes on in the background</source>
        <translation>%1 continue en arrière-plan</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::MergeStepper</name>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="42" />
        <source> merges/s</source>
        <translation> fusions/s</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="43" />
        <source>How fast Play steps through the merges</source>
        <translation>Vitesse de lecture des fusions</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="46" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="56" />
        <source>Merges:</source>
        <translation>Fusions :</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57" />
        <source>|◀</source>
        <translation>|◀</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57" />
        <source>First: every class on its own</source>
        <translation>Premier : chaque classe seule</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58" />
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58" />
        <source>Previous merge</source>
        <translation>Fusion précédente</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59" />
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59" />
        <source>Next merge</source>
        <translation>Fusion suivante</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="61" />
        <source>▶|</source>
        <translation>▶|</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="61" />
        <source>Last: the grouping at this p_min</source>
        <translation>Dernier : le regroupement à ce p_min</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="62" />
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="67" />
        <source>Play the merges one after another (%1)</source>
        <translation>Lire les fusions l’une après l’autre (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="133" />
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="154" />
        <source>Open a backbone run to step through its merges.</source>
        <translation>Ouvrez une exécution de backbone pour parcourir ses fusions pas à pas.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="161" />
        <source>Step 0 of %1: every class is a group of its own (%2 groups).</source>
        <translation>Étape 0 sur %1 : chaque classe est son propre groupe (%2 groupes).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="164" />
        <source>proximity %1</source>
        <translation>proximité %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="165" />
        <source>proximity %1 × (2 / %2)^%3 = %4</source>
        <translation>proximité %1 × (2 / %2)^%3 = %4</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="170" />
        <source>Step %1 of %2: merge %3 with %4: %5 &gt; p_min %6, size %7 ≤ g_max %8 (%9 groups now).</source>
        <translation>Étape %1 sur %2 : fusionner %3 avec %4 : %5 &gt; p_min %6, taille %7 ≤ g_max %8 (%9 groupes maintenant).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="185" />
        <source>It stops here: the closest pair left, %1 with %2, has proximity %3 ≤ p_min %4.</source>
        <translation>Cela s’arrête ici : la paire restante la plus proche, %1 avec %2, a une proximité %3 ≤ p_min %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="191" />
        <source>It stops here: every pair left would make a group larger than g_max %1 (the smallest would have %2 classes).</source>
        <translation>Cela s’arrête ici : chaque paire restante formerait un groupe plus grand que g_max %1 (le plus petit aurait %2 classes).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="196" />
        <source>It stops here: every class is in one group.</source>
        <translation>Cela s’arrête ici : toutes les classes sont dans un seul groupe.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::OpenDatasetDialog</name>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="24" />
        <source>Open dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="25" />
        <source>Fashion-MNIST (Debian package)</source>
        <translation>Fashion-MNIST (paquet Debian)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="26" />
        <source>IDX files (MNIST layout)</source>
        <translation>Fichiers IDX (format MNIST)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="27" />
        <source>CIFAR-10 binary</source>
        <translation>CIFAR-10 (binaire)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="28" />
        <source>CIFAR-100 binary</source>
        <translation>CIFAR-100 (binaire)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="29" />
        <source>Image folders (one per class)</source>
        <translation>Dossiers d’images (un par classe)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="35" />
        <source>%1 (downloaded)</source>
        <translation>%1 (téléchargé)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="43" />
        <source>The dataset's format; downloaded datasets are listed by name</source>
        <translation>Le format du jeu de données ; les jeux téléchargés sont listés par leur nom</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="44" />
        <source>The folder holding the dataset's files</source>
        <translation>Le dossier contenant les fichiers du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="54" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="56" />
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="68" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="69" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RouteInspector</name>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="25" />
        <location filename="../app/studio/explore/RouteInspector.cpp" line="121" />
        <source>Click an image to see its route through the tree.</source>
        <translation>Cliquez sur une image pour voir sa route dans l’arbre.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="37" />
        <source>The Grad-CAM map drawn over the image: where a node looked for one of its outputs (red: most)</source>
        <translation>La carte Grad-CAM dessinée sur l’image : où un nœud a regardé pour une de ses sorties (rouge : le plus)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="40" />
        <source>Opacity of the map over the image</source>
        <translation>Opacité de la carte sur l’image</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="42" />
        <source>Colour scale: each map from zero (dark blue) to its own peak (dark red)</source>
        <translation>Échelle de couleurs : chaque carte de zéro (bleu foncé) à son propre maximum (rouge foncé)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="49" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="50" />
        <source>Save the route inspector as PNG or PDF</source>
        <translation>Enregistrer l’inspecteur de route en PNG ou PDF</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="52" />
        <source>Map over the image</source>
        <translation>Carte sur l’image</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="55" />
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="59" />
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="61" />
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="113" />
        <location filename="../app/studio/explore/RouteInspector.cpp" line="223" />
        <source>No map</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="152" />
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="154" />
        <source>true</source>
        <translation>vraie</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="156" />
        <source>chosen, true</source>
        <translation>choisie, vraie</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="185" />
        <source>&lt;b&gt;%1&lt;/b&gt; looking for &lt;b&gt;%2&lt;/b&gt; (%3): p = %4&lt;br&gt;&lt;small&gt;%5, %6×%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; cherche &lt;b&gt;%2&lt;/b&gt; (%3) : p = %4&lt;br&gt;&lt;small&gt;%5, %6×%7&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="207" />
        <source>Where %1 looked for %2 (%3; p = %4). Click to draw it over the image.</source>
        <translation>Où %1 a cherché %2 (%3 ; p = %4). Cliquez pour la dessiner sur l’image.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="225" />
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="233" />
        <source>Backbone (for comparison): its prediction and the true class</source>
        <translation>Backbone (pour comparer) : sa prédiction et la vraie classe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="252" />
        <source>&lt;b&gt;%1&lt;/b&gt; (your image)&lt;br&gt;backbone: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (votre image)&lt;br&gt;backbone : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="254" />
        <source>&lt;b&gt;%1&lt;/b&gt; (your image)&lt;br&gt;fast (routing): &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;slow (conditional): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (votre image)&lt;br&gt;rapide (routage) : &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;lent (conditionnel) : %3</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="266" />
        <source>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;true class: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;backbone: &lt;b style='color:%3'&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;vraie classe : &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;backbone : &lt;b style='color:%3'&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="269" />
        <source>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;true class: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast (routing): &lt;b style='color:%3'&gt;%4&lt;/b&gt;&lt;br&gt;slow (conditional): %5</source>
        <translation>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;vraie classe : &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;rapide (routage) : &lt;b style='color:%3'&gt;%4&lt;/b&gt;&lt;br&gt;lente (conditionnelle) : %5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="277" />
        <source>&lt;br&gt;the route left the true path at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;la route a quitté le vrai chemin à &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="279" />
        <source>&lt;br&gt;right group, wrong class inside it</source>
        <translation>&lt;br&gt;bon groupe, mauvaise classe dedans</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="304" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="308" />
        <source>on both paths</source>
        <translation>sur les deux chemins</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="308" />
        <source>route taken</source>
        <translation>route prise</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="313" />
        <source>true path, not visited</source>
        <translation>vrai chemin, non visité</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="317" />
        <source>Conditional top-5 (slow)</source>
        <translation>Top-5 conditionnel (lent)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="317" />
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunFollower</name>
    <message>
        <location filename="../app/studio/training/RunFollower.cpp" line="75" />
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunMonitor</name>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="21" />
        <source>val conditional (slow)</source>
        <translation>val. conditionnelle (lente)</translation>
    </message>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="22" />
        <source>val routing (fast)</source>
        <translation>val. routage (rapide)</translation>
    </message>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="29" />
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="24" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="26" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="27" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="35" />
        <source>No run yet: start one, or open a run folder.</source>
        <translation>Pas encore d’exécution : lancez-en une ou ouvrez un dossier d’exécution.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="60" />
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="140" />
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="143" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="152" />
        <source>Iteration %1 / %2 · epoch %3 · loss %4 · %5 images/s</source>
        <translation>Itération %1 / %2 · époque %3 · perte %4 · %5 images/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/training/RunMonitor.cpp" line="159" />
        <source> · %n processes (%1)</source>
        <translation>
            <numerusform> · %n processus (%1)</numerusform>
            <numerusform> · %n processus (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="161" />
        <source> · GPU memory %1 GiB</source>
        <translation> · mémoire GPU %1 Gio</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="163" />
        <source> · ETA %1</source>
        <translation> · temps restant %1</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunsList</name>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="32" />
        <source>channels-last</source>
        <translation>channels-last</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="32" />
        <source>NCHW</source>
        <translation>NCHW</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="34" />
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="34" />
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="35" />
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="52" />
        <source>%1 epochs</source>
        <translation>%1 époques</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="54" />
        <source>%1 iterations</source>
        <translation>%1 itérations</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="56" />
        <source>batch %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Val top-1</source>
        <translation>Top-1 val.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="171" />
        <source>The settings that differ between the listed runs</source>
        <translation>Les paramètres qui diffèrent entre les exécutions listées</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::SeverityRows</name>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="13" />
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="15" />
        <source>Backbone, same budget</source>
        <translation>Backbone, même budget</translation>
    </message>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="17" />
        <source>HierNet fast</source>
        <translation>HierNet rapide</translation>
    </message>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="19" />
        <source>HierNet slow</source>
        <translation>HierNet lente</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::SweepDialog</name>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="30" />
        <source>Sweep the grouping</source>
        <translation>Balayer le regroupement</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="34" />
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="35" />
        <source>Each HierNet trains this long on the quick schedule (the same-budget backbone as long)</source>
        <translation>Chaque HierNet s’entraîne aussi longtemps selon le plan quick (le backbone de même budget autant)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="40" />
        <source>p_min values, separated by commas</source>
        <translation>Valeurs de p_min, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="41" />
        <source>g_max values, separated by commas</source>
        <translation>Valeurs de g_max, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="42" />
        <source>Balance-aware grouping's α values, separated by commas (0: the paper's rule)</source>
        <translation>Valeurs α du regroupement équilibré, séparées par des virgules (0 : la règle de l’article)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="43" />
        <source>The sweep's folder: a new one, or the folder of the same sweep to continue it</source>
        <translation>Le dossier du balayage : un nouveau, ou le dossier du même balayage pour le poursuivre</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="47" />
        <source>Backbone run</source>
        <translation>Exécution backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="48" />
        <source>p_min values</source>
        <translation>Valeurs de p_min</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="49" />
        <source>g_max values</source>
        <translation>Valeurs de g_max</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="50" />
        <source>Balance α values</source>
        <translation>Valeurs α d’équilibre</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="51" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="52" />
        <source>Sweep folder</source>
        <translation>Dossier du balayage</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="55" />
        <source>Queue the sweep</source>
        <translation>Mettre le balayage en file</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::TrainingPage</name>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="67" />
        <source>quick (CPU, epochs below)</source>
        <translation>quick (CPU, époques ci-dessous)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="68" />
        <source>paper (64k iterations, GPU)</source>
        <translation>paper (64k itérations, GPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="69" />
        <source>reference (GPU)</source>
        <translation>reference (GPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="72" />
        <source>flip + translate (paper)</source>
        <translation>retournement + décalage (article)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="73" />
        <source>flip + sub-pixel translate (paper's code)</source>
        <translation>retournement + décalage sous-pixel (code de l'article)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="74" />
        <source>flip</source>
        <translation>retournement</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="74" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="80" />
        <source>channels-last</source>
        <translation>channels-last</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="81" />
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="82" />
        <source>CUDA graph</source>
        <translation>Graphe CUDA</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="85" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="86" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="349" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="461" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="87" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="88" />
        <source>Resume selected</source>
        <translation>Reprendre la sélection</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="154" />
        <source>Weights and batches in NHWC memory order (faster convolutions on GPUs; same results).</source>
        <translation>Poids et lots en ordre mémoire NHWC (convolutions plus rapides sur GPU ; mêmes résultats).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="155" />
        <source>Forward pass under bf16 autocast; loss and SGD stay in fp32 (same training up to rounding).</source>
        <translation>Passe avant sous autocast bf16 ; la perte et SGD restent en fp32 (même entraînement aux arrondis près).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="156" />
        <source>Capture the whole training step once as a CUDA graph and replay it (CUDA only).</source>
        <translation>Capturer une fois toute l’étape d’entraînement comme graphe CUDA et la rejouer (CUDA uniquement).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="157" />
        <source>Learning-rate schedule: quick (a short cosine for a CPU), paper (He et al., 64k iterations) or reference (the paper's code, 200 epochs); the last two are for a GPU</source>
        <translation>Plan du taux d’apprentissage : quick (un court cosinus pour un CPU), paper (He et al., 64k itérations) ou reference (le code de l’article, 200 époques) ; les deux derniers sont pour un GPU</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="159" />
        <source>How many passes over the train set the quick schedule makes</source>
        <translation>Nombre de passes sur l’ensemble d’entraînement du plan quick</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="161" />
        <source>Random changes to each training image: horizontal flips, and shifts of up to 12.5 % as in the paper</source>
        <translation>Modifications aléatoires de chaque image d’entraînement : retournements horizontaux et décalages jusqu’à 12,5 % comme dans l’article</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="162" />
        <source>Images per training step (the paper: 128)</source>
        <translation>Images par étape d’entraînement (l’article : 128)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="163" />
        <source>Where the network trains: the CPU or a CUDA GPU</source>
        <translation>Où le réseau s’entraîne : le CPU ou un GPU CUDA</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="164" />
        <source>Seeds the weights, the order of the images and the augmentation: the same seed gives the same run</source>
        <translation>Initialise les poids, l’ordre des images et l’augmentation : la même graine donne la même exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="165" />
        <source>Start a new run in the runs folder with these settings</source>
        <translation>Lancer une nouvelle exécution avec ces paramètres dans le dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="166" />
        <source>Pause the training after the current step (press again to go on)</source>
        <translation>Mettre l’entraînement en pause après l’étape en cours (appuyez à nouveau pour continuer)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="167" />
        <source>Stop the training after the current step; the run keeps a checkpoint and can be resumed</source>
        <translation>Arrêter l’entraînement après l’étape en cours ; l’exécution garde un point de reprise et peut reprendre</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="168" />
        <source>Continue the run selected in the list from its checkpoint</source>
        <translation>Poursuivre l’exécution choisie dans la liste depuis son point de reprise</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="184" />
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="185" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="186" />
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="187" />
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="188" />
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="190" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="196" />
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="197" />
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="198" />
        <source>Choose the folder new runs are written to</source>
        <translation>Choisir le dossier où écrire les nouvelles exécutions</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="203" />
        <source>Runs folder</source>
        <translation>Dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="219" />
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="223" />
        <source>Open run folder…</source>
        <translation>Ouvrir un dossier d’exécution…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="224" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="225" />
        <source>Follow a run directory, e.g. one a hiernet command line is writing</source>
        <translation>Suivre un dossier d’exécution, par ex. un que la ligne de commande hiernet est en train d’écrire</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="226" />
        <source>Read the runs folder again</source>
        <translation>Relire le dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="268" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="278" />
        <source>Start training</source>
        <translation>Démarrer l’entraînement</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="278" />
        <source>Could not start the run in %1:
%2</source>
        <translation>Impossible de lancer l’exécution dans %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="291" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="349" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="291" />
        <source>Could not resume %1:
%2</source>
        <translation>Impossible de reprendre %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="316" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="325" />
        <source>Open run</source>
        <translation>Ouvrir une exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="317" />
        <source>%1 is not a run directory: it has no run.json. Choose a folder made by the studio or by the hiernet command line.</source>
        <translation>%1 n’est pas un dossier d’exécution : il n’a pas de run.json. Choisissez un dossier créé par le studio ou par la ligne de commande hiernet.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="396" />
        <source>Training diverged</source>
        <translation>L’entraînement a divergé</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="397" />
        <source>%1
The last good checkpoint is kept in %2. Try a lower learning rate or another seed.</source>
        <translation>%1
Le dernier bon point de reprise est conservé dans %2. Essayez un taux d’apprentissage plus faible ou une autre graine.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="408" />
        <source>Training failed</source>
        <translation>L’entraînement a échoué</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="408" />
        <source>The run in %1 failed:
%2</source>
        <translation>L’exécution dans %1 a échoué :
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="488" />
        <source>auto (CPU)</source>
        <translation>auto (CPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="488" />
        <source>auto (cuda:0)</source>
        <translation>auto (cuda:0)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="489" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="491" />
        <source>%1 · %2 · %3 GiB</source>
        <translation>%1 · %2 · %3 Gio</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="498" />
        <source>No GPU: %1. Training runs on the CPU.</source>
        <translation>Pas de GPU : %1. L’entraînement se fait sur le CPU.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/training/TrainingPage.cpp" line="499" />
        <source>%n GPU(s) with CUDA.</source>
        <translation>
            <numerusform>%n GPU avec CUDA.</numerusform>
            <numerusform>%n GPU avec CUDA.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="527" />
        <source>Run directory</source>
        <translation>Dossier d’exécution</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="534" />
        <source>Folder for new runs</source>
        <translation>Dossier des nouvelles exécutions</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="110" />
        <source>predicted class</source>
        <translation>classe prédite</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="111" />
        <source>true class</source>
        <translation>vraie classe</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="115" />
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="116" />
        <source>Show the whole matrix. Wheel: zoom; drag: pan; Shift+drag: zoom into a rectangle</source>
        <translation>Afficher toute la matrice. Molette : zoom ; glisser : déplacer ; Maj+glisser : zoomer sur un rectangle</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="274" />
        <source>%1 → %2: %3</source>
        <translation>%1 → %2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="347" />
        <source>No CPM open:
open a backbone run
or a CPM file.</source>
        <translation>Aucune CPM ouverte :
ouvrez une exécution backbone
ou un fichier CPM.</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::CoverageCurve</name>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="33" />
        <source>coverage (answered at a class) %</source>
        <translation>couverture (répondues par une classe) %</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="34" />
        <source>leaf accuracy %</source>
        <translation>exactitude aux feuilles %</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="35" />
        <source>threshold τ</source>
        <translation>seuil τ</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="36" />
        <source>mean severity</source>
        <translation>gravité moyenne</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::Dendrogram</name>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="74" />
        <source>Drag to move the p_min cut · wheel: zoom · Shift+drag or middle button: pan · right-click a link: collapse or expand its subtree</source>
        <translation>Glisser déplace la coupe p_min · molette : zoom · Maj+glisser ou bouton du milieu : déplacer · clic droit sur un lien : replier ou déplier son sous-arbre</translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="390" />
        <source>proximity</source>
        <translation>proximité</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/Dendrogram.cpp" line="453" />
        <source>%n classes</source>
        <translation>
            <numerusform>%n classe</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="494" />
        <source>No CPM open:
open a backbone run or a CPM file
to see its merges.</source>
        <translation>Aucune CPM ouverte :
ouvrez un entraînement de backbone ou un fichier CPM
pour voir ses fusions.</translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="513" />
        <source>p_min = %1</source>
        <translation>p_min = %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/Dendrogram.cpp" line="579" />
        <source>Expand this subtree (%n classes)</source>
        <translation>
            <numerusform>Déplier ce sous-arbre (%n classe)</numerusform>
            <numerusform>Déplier ce sous-arbre (%n classes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/Dendrogram.cpp" line="582" />
        <source>Collapse this subtree (%n classes)</source>
        <translation>
            <numerusform>Replier ce sous-arbre (%n classe)</numerusform>
            <numerusform>Replier ce sous-arbre (%n classes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="585" />
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="587" />
        <source>Show all leaves</source>
        <translation>Afficher toutes les feuilles</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::GroupCountPlot</name>
    <message>
        <location filename="../widgets/GroupCountPlot.cpp" line="20" />
        <source>p_min</source>
        <translation>p_min</translation>
    </message>
    <message>
        <location filename="../widgets/GroupCountPlot.cpp" line="21" />
        <source>groups</source>
        <translation>groupes</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::GroupSizeHistogram</name>
    <message>
        <location filename="../widgets/GroupSizeHistogram.cpp" line="23" />
        <source>classes in a group</source>
        <translation>classes dans un groupe</translation>
    </message>
    <message>
        <location filename="../widgets/GroupSizeHistogram.cpp" line="24" />
        <source>groups</source>
        <translation>groupes</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::RunCurves</name>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="25" />
        <source>validation top-1 %</source>
        <translation>top-1 de validation %</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="26" />
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="59" />
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="59" />
        <source>training time (minutes)</source>
        <translation>temps d’entraînement (minutes)</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::SeverityChart</name>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="18" />
        <source>mistake severity</source>
        <translation>gravité de l’erreur</translation>
    </message>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="19" />
        <source>% of the images</source>
        <translation>% des images</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::SweepChart</name>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="18" />
        <source>test top-1 (fast) %</source>
        <translation>top-1 de test (rapide) %</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="23" />
        <source>number of groups</source>
        <translation>nombre de groupes</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="66" />
        <source>g_max %1</source>
        <translation>g_max %1</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="83" />
        <source>backbone, same budget</source>
        <translation>backbone, même budget</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="84" />
        <source>backbone</source>
        <translation>backbone</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="96" />
        <source>the paper's p_min, g_max</source>
        <translation>p_min, g_max de l’article</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="135" />
        <source>%1: %2 groups, %3 %</source>
        <translation>%1 : %2 groupes, %3 %</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::TrainingCurves</name>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>accuracy (%)</source>
        <translation>précision (%)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="102" />
        <source>iteration</source>
        <translation>itération</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="149" />
        <source>HierNet Studio: hierarchical CNNs that follow class similarity.</source>
        <translation>HierNet Studio : des CNN hiérarchiques qui suivent la similarité des classes.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90" />
        <source>Dataset to open (fashion-mnist, cifar10:DIR, …).</source>
        <translation>Jeu de données à ouvrir (fashion-mnist, cifar10:DIR, …).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="92" />
        <source>Render the window offscreen to FILE.png and exit.</source>
        <translation>Dessiner la fenêtre hors écran dans FILE.png et quitter.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="97" />
        <source>CPU threads for LibTorch (default: all cores).</source>
        <translation>Fils CPU pour LibTorch (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="99" />
        <source>Run directory to open: a backbone run (curves, CPM, grouping) or a HierNet run (curves, tree, Explore).</source>
        <translation>Dossier d’exécution à ouvrir : une exécution de backbone (courbes, CPM, regroupement) ou une exécution HierNet (courbes, arbre, Explorer).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="103" />
        <source>Explore filter for a HierNet run: all, correct, misrouted, wrong-in-group, disagree, stopped.</source>
        <translation>Filtre Explorer pour un run HierNet : all, correct, misrouted, wrong-in-group, disagree, stopped.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="116" />
        <source>Explore: the tab to show (route, errors, scores, coarse).</source>
        <translation>Explorer : l’onglet à afficher (route, errors, scores, coarse).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="119" />
        <source>Explore: τ of the routing that stops at a group when unsure (0 … 1).</source>
        <translation>Explorer : τ du routage qui s’arrête à un groupe en cas de doute (0 … 1).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="122" />
        <source>Confusion: open the images of a cell on Explore as a click does — TRUE:PREDICTED (class indices) and the answers, :backbone (default), :fast or :slow.</source>
        <translation>Confusion : ouvrir les images d’une cellule sur Explorer comme un clic — VRAIE:PRÉDITE (indices de classes) et les réponses, :backbone (par défaut), :fast ou :slow.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="127" />
        <source>Explore (a run given to --run): route your own image files or folders (separated by commas) as a drop does.</source>
        <translation>Explorer (une exécution donnée à --run) : router vos fichiers d’images ou dossiers (séparés par des virgules) comme un dépôt.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="131" />
        <source>Compare (a sweep folder given to --run): the tab to show (curves, table, chart).</source>
        <translation>Comparer (un dossier de balayage donné à --run) : l’onglet à afficher (curves, table, chart).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="134" />
        <source>CPM file to open on the Confusion and Grouping pages: cpm.json, or a K×K .npy or CSV matrix.</source>
        <translation>Fichier CPM à ouvrir sur les pages Confusion et Groupement : cpm.json, ou une matrice K×K .npy ou CSV.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="138" />
        <source>Grouping: find this class and centre it in every view.</source>
        <translation>Groupement : chercher cette classe et la centrer dans chaque vue.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="140" />
        <source>Measure the Grouping page at N classes offscreen (opening the CPM given to --cpm, or a synthetic one; p_min steps; a search) and print the times and the peak memory as JSON.</source>
        <translation>Mesurer la page Groupement à N classes hors écran (ouverture de la CPM donnée à --cpm, ou d’une synthétique ; pas de p_min ; une recherche) et afficher les durées et la mémoire maximale en JSON.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="107" />
        <source>Explore: image of the filtered list to inspect (its position, from 0).</source>
        <translation>Explorer : image de la liste filtrée à inspecter (sa position, à partir de 0).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="94" />
        <source>Page to show (data, backbone, confusion, grouping, hiernet, explore, compare).</source>
        <translation>Page à afficher (data, backbone, confusion, grouping, hiernet, explore, compare).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="110" />
        <source>Grouping: show this step of the merge stepper (0 = every class alone).</source>
        <translation>Regroupement : afficher cette étape du pas-à-pas des fusions (0 = chaque classe seule).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="113" />
        <source>Explore: show only images whose fast prediction has this mistake severity.</source>
        <translation>Explorer : ne montrer que les images dont la prédiction rapide a cette gravité d’erreur.</translation>
    </message>
</context>
</TS>
