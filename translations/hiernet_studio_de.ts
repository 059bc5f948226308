<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="45" />
        <source>%1: '%2' is not a whole number (write e.g. 2 or 2,5)</source>
        <translation>%1: '%2' ist keine ganze Zahl (schreiben Sie z. B. 2 oder 2,5)</translation>
    </message>
</context>
<context>
    <name>hiernet::report::RunReport</name>
    <message>
        <location filename="../app/report/RunReport.cpp" line="95" />
        <source>HierNet report: %1</source>
        <translation>HierNet-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="72" />
        <source>%1 · made by HierNet Studio on %2</source>
        <translation>%1 · erstellt von HierNet Studio am %2</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="133" />
        <source>Dataset and configuration</source>
        <translation>Datensatz und Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="107" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="108" />
        <source>%1 (%2 classes; %3 validation and %4 test images)</source>
        <translation>%1 (%2 Klassen; %3 Validierungs- und %4 Testbilder)</translation>
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
        <translation>%1, %2 Iterationen (%3)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="105" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="118" />
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/RunReport.cpp" line="118" />
        <source>%n group(s) at the first level: </source>
        <translation>
            <numerusform>%n Gruppe auf der ersten Ebene: </numerusform>
            <numerusform>%n Gruppen auf der ersten Ebene: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="119" />
        <source>Tree layout</source>
        <translation>Baumaufbau</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="120" />
        <source>split points %1, additional blocks %2</source>
        <translation>Teilungspunkte %1, zusätzliche Blöcke %2</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="122" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="123" />
        <source>from the backbone; leaf heads %1; root pre-training %2 iterations</source>
        <translation>vom Backbone; Blattköpfe %1; Vortraining der Wurzel %2 Iterationen</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="124" />
        <source>seeded from its FC rows</source>
        <translation>aus seinen FC-Zeilen vorbelegt</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="124" />
        <source>fresh (the paper's code)</source>
        <translation>neu (Code des Artikels)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="126" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="127" />
        <source>schedule %1, %2 iterations, batch %3, on %4</source>
        <translation>Plan %1, %2 Iterationen, Batch %3, auf %4</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="165" />
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>val. top-1</source>
        <translation>Val. Top-1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>test top-1</source>
        <translation>Test Top-1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="167" />
        <source>mean severity of the test mistakes</source>
        <translation>mittlere Schwere der Testfehler</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="168" />
        <source>mean severity of all test images</source>
        <translation>mittlere Schwere aller Testbilder</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="157" />
        <source>Backbone trained on (same budget)</source>
        <translation>Backbone weitertrainiert (gleiches Budget)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="159" />
        <source>HierNet slow (conditional)</source>
        <translation>HierNet langsam (bedingt)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="160" />
        <source>HierNet fast (routing)</source>
        <translation>HierNet schnell (Routing)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="163" />
        <source>Root node (the groups)</source>
        <translation>Wurzelknoten (die Gruppen)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="181" />
        <source>HierNet fast − backbone on the test split: %1 points at the paper's budget</source>
        <translation>HierNet schnell − Backbone auf dem Testteil: %1 Punkte beim Budget des Artikels</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="185" />
        <source>, %1 at the same budget</source>
        <translation>, %1 bei gleichem Budget</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="187" />
        <source> (no same-budget backbone: hiernet reproduce makes one)</source>
        <translation> (kein Backbone mit gleichem Budget: hiernet reproduce erstellt eines)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="190" />
        <source>Before training, the backbone's CPM promised a root accuracy of %1; the root reached %2 on validation.</source>
        <translation>Vor dem Training versprach die CPM des Backbones eine Wurzelgenauigkeit von %1; die Wurzel erreichte %2 auf der Validierung.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="199" />
        <source>Mistake severity</source>
        <translation>Fehlerschwere</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="201" />
        <source>The height of the lowest common ancestor of the true and the predicted class in this hierarchy (Bertinetto et al. 2020): 0 = right, 1 = the right group, %1 = across the root. Test images per severity:</source>
        <translation>Die Höhe des tiefsten gemeinsamen Vorfahren der wahren und der vorhergesagten Klasse in dieser Hierarchie (Bertinetto et al. 2020): 0 = richtig, 1 = die richtige Gruppe, %1 = über die Wurzel hinweg. Testbilder je Schwere:</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="230" />
        <source>Hierarchical scores</source>
        <translation>Hierarchische Maße</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="231" />
        <source>Hierarchical precision, recall and F1 on the test split (each label extended by its ancestors, the root left out; micro over the images, macro per image) and the accuracy per level of the tree (the node at that depth right; the last level is the class). The fast and slow answers disagree on %1 of the images.</source>
        <translation>Hierarchische Präzision, Trefferquote und F1 auf dem Testteil (jedes Label um seine Vorfahren erweitert, ohne die Wurzel; mikro über die Bilder, makro je Bild) und die Genauigkeit je Ebene des Baums (der Knoten in dieser Tiefe richtig; die letzte Ebene ist die Klasse). Die schnelle und die langsame Antwort weichen bei %1 der Bilder voneinander ab.</translation>
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
        <translation>Makro-hF</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="240" />
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="240" />
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="256" />
        <source>Stopping at a group when unsure</source>
        <translation>Bei Unsicherheit an einer Gruppe anhalten</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="257" />
        <source>The fast routing answers with the deepest node of its route whose path probability reaches a threshold τ: the class when it does, else a group. Coverage is the share answered with a class, leaf accuracy is measured over those; an image stopped at a group is neither right nor wrong at the leaf, and its severity is 0 when the group holds the true class. Test split:</source>
        <translation>Das schnelle Routing antwortet mit dem tiefsten Knoten seines Wegs, dessen Pfadwahrscheinlichkeit eine Schwelle τ erreicht: mit der Klasse, wenn sie sie erreicht, sonst mit einer Gruppe. Die Abdeckung ist der Anteil der mit einer Klasse beantworteten Bilder, die Blattgenauigkeit wird über diese gemessen; ein an einer Gruppe angehaltenes Bild ist am Blatt weder richtig noch falsch, und seine Schwere ist 0, wenn die Gruppe die wahre Klasse enthält. Testteil:</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>leaf accuracy</source>
        <translation>Blattgenauigkeit</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>mean severity</source>
        <translation>mittlere Schwere</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="263" />
        <source>stopped at a group</source>
        <translation>an einer Gruppe angehalten</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="264" />
        <source>of those, holding the true class</source>
        <translation>davon mit der wahren Klasse</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="289" />
        <source>The backbone</source>
        <translation>Das Backbone</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="295" />
        <source>Training curves of %1: loss, accuracy and learning rate against the iteration.</source>
        <translation>Trainingskurven von %1: Verlust, Genauigkeit und Lernrate über der Iteration.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="298" />
        <source>The backbone's metrics are not at hand (%1).</source>
        <translation>Die Metriken des Backbones sind nicht zur Hand (%1).</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="308" />
        <source>mean probability</source>
        <translation>mittlere Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="317" />
        <source>Its confusion probability matrix on the validation split (row: true class, column: predicted), ordered by the first-level groups, which are outlined.</source>
        <translation>Seine Verwechslungswahrscheinlichkeitsmatrix auf dem Validierungsteil (Zeile: wahre Klasse, Spalte: vorhergesagte), nach den umrandeten Gruppen der ersten Ebene geordnet.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="326" />
        <source>The tree</source>
        <translation>Der Baum</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="341" />
        <source>Each node with its accuracy on the test images whose true path passes through it.</source>
        <translation>Jeder Knoten mit seiner Genauigkeit auf den Testbildern, deren wahrer Pfad durch ihn führt.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="344" />
        <source>Routes that left the true path here</source>
        <translation>Wege, die hier den wahren Pfad verließen</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="356" />
        <source>Per-node confusion (test; rows: the true child, columns: the child chosen)</source>
        <translation>Verwechslung je Knoten (Test; Zeilen: das wahre Kind, Spalten: das gewählte Kind)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="383" />
        <source>The most confident misrouted test images</source>
        <translation>Die sichersten fehlgeleiteten Testbilder</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="385" />
        <source>No test image left its true path.</source>
        <translation>Kein Testbild verließ seinen wahren Pfad.</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="388" />
        <source>%1 of %2 misrouted test images, most confident first. The map shows where the root looked when it chose the wrong group (dark blue: nowhere, dark red: most).</source>
        <translation>%1 von %2 fehlgeleiteten Testbildern, die sichersten zuerst. Die Karte zeigt, wohin die Wurzel schaute, als sie die falsche Gruppe wählte (dunkelblau: nirgends, dunkelrot: am meisten).</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Root Grad-CAM</source>
        <translation>Grad-CAM der Wurzel</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="394" />
        <source>Route (probability of each branch taken)</source>
        <translation>Weg (Wahrscheinlichkeit jedes gewählten Zweigs)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="400" />
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/report/RunReport.cpp" line="413" />
        <source>#%1&lt;br&gt;true: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast: &lt;b&gt;%3&lt;/b&gt; (%4)&lt;br&gt;left the true path at %5</source>
        <translation>#%1&lt;br&gt;wahr: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;schnell: &lt;b&gt;%3&lt;/b&gt; (%4)&lt;br&gt;verließ den wahren Pfad bei %5</translation>
    </message>
    <message>
        <location filename="../app/report/ReportDocument.cpp" line="181" />
        <source>give a .pdf or .html file</source>
        <translation>geben Sie eine .pdf- oder .html-Datei an</translation>
    </message>
</context>
<context>
    <name>hiernet::report::SweepReport</name>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="47" />
        <source>Sweep %1 on %2</source>
        <translation>Sweep %1 auf %2</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="66" />
        <source>Backbone run %1. The grid: p_min %2, g_max %3, α %4, levels %5 — %6 points, %7 finished (the sweep is %8). Each HierNet trained with transfer from the backbone on the %9 schedule for %10 iterations (batch %11).</source>
        <translation>Backbone-Lauf %1. Das Raster: p_min %2, g_max %3, α %4, Ebenen %5 — %6 Punkte, %7 fertig (der Sweep ist %8). Jedes HierNet wurde mit Transfer vom Backbone nach dem Plan %9 für %10 Iterationen trainiert (Batch %11).</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="79" />
        <source>Accuracy against the number of groups</source>
        <translation>Genauigkeit über der Zahl der Gruppen</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="85" />
        <source>Test top-1 of the fast (routing) answers per finished point, one marker shape per g_max; the lines are the backbone and the backbone trained on for the HierNets' iterations (same budget); a ring marks the paper's p_min and g_max.</source>
        <translation>Test-Top-1 der schnellen Antworten (Routing) je fertigem Punkt, eine Markerform je g_max; die Linien sind das Backbone und das für die Iterationen der HierNets weitertrainierte Backbone (gleiches Budget); ein Ring markiert p_min und g_max des Artikels.</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="93" />
        <source>Every point</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="108" />
        <source>Accuracies in %; the root estimate is what the backbone's CPM promised of the root before training; mistake severity is the mean height of the fast answers' wrong test answers in the point's tree. sweep.csv beside sweep.json holds every figure.</source>
        <translation>Genauigkeiten in %; die Wurzelschätzung ist, was die CPM des Backbones vor dem Training von der Wurzel versprach; die Fehlerschwere ist die mittlere Höhe der falschen schnellen Testantworten im Baum des Punkts. sweep.csv neben sweep.json enthält alle Zahlen.</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="116" />
        <source>Validation curves</source>
        <translation>Validierungskurven</translation>
    </message>
    <message>
        <location filename="../app/report/SweepReport.cpp" line="123" />
        <source>Each trained run once (points that share a run are named together): validation top-1 and loss against the iteration, then against the training time.</source>
        <translation>Jeder trainierte Lauf einmal (Punkte, die einen Lauf teilen, sind zusammen genannt): Validierungs-Top-1 und Verlust über der Iteration, dann über der Trainingszeit.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio</name>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="63" />
        <source>%1: cannot write (%2); %3 kept for a resume</source>
        <translation>%1: kann nicht schreiben (%2); %3 für die Fortsetzung behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="66" />
        <source>%1: cannot resolve the server's name — offline? (or give a reachable mirror)</source>
        <translation>%1: der Name des Servers lässt sich nicht auflösen — offline? (oder einen erreichbaren Spiegel angeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="71" />
        <source>%1: cannot connect — offline, or the server is down (%2)</source>
        <translation>%1: keine Verbindung — offline, oder der Server ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="77" />
        <source>%1: the proxy failed (%2)</source>
        <translation>%1: der Proxy ist gescheitert (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="79" />
        <source>%1: the transfer stopped after %2 (%3); what arrived is kept — download again to resume</source>
        <translation>%1: die Übertragung brach nach %2 ab (%3); das Angekommene bleibt — erneut herunterladen, um fortzusetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="85" />
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: der Server antwortete HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="86" />
        <source>%1: download failed (%2); %3 kept for a resume</source>
        <translation>%1: Download gescheitert (%2); %3 für die Fortsetzung behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="99" />
        <source>%1: cannot create (%2)</source>
        <translation>%1: kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="135" />
        <source>download cancelled after %1; download again to resume</source>
        <translation>Download nach %1 abgebrochen; erneut herunterladen, um fortzusetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/QtFetch.cpp" line="143" />
        <source>%1: the transfer stopped after %2 of %3; what arrived is kept — download again to resume</source>
        <translation>%1: die Übertragung brach nach %2 von %3 ab; das Angekommene bleibt — erneut herunterladen, um fortzusetzen</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::BackbonePage</name>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="15" />
        <source>New backbone</source>
        <translation>Neues Backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="16" />
        <source>(none loaded)</source>
        <translation>(keine geladen)</translation>
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
        <translation>n = %1 (%2 Schichten)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="26" />
        <source>ResNet, or ELU-ResNet (ELU activations, as in the paper's Table 2)</source>
        <translation>ResNet oder ELU-ResNet (ELU-Aktivierungen, wie in Tabelle 2 des Artikels)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="27" />
        <source>n residual blocks per stage: 6n + 2 layers (ResNet-8 … ResNet-110)</source>
        <translation>n Residualblöcke je Stufe: 6n + 2 Schichten (ResNet-8 … ResNet-110)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="28" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="29" />
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="30" />
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="37" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="43" />
        <source>No dataset is loaded. Open one on the Data page first (File › Open dataset).</source>
        <translation>Es ist kein Datensatz geladen. Öffnen Sie zuerst einen auf der Seite Daten (Datei › Datensatz öffnen).</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ClassFinder</name>
    <message>
        <location filename="../app/studio/common/ClassFinder.cpp" line="12" />
        <source>Find a class…</source>
        <translation>Eine Klasse suchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/common/ClassFinder.cpp" line="14" />
        <source>Type a class name (or part of one) and press Return: the views centre on it</source>
        <translation>Einen Klassennamen (oder einen Teil davon) eingeben und Return drücken: die Ansichten zentrieren sich darauf</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::CoarseRoutingPanel</name>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="36" />
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="38" />
        <source>τ: the routing answers with the deepest node of the fast route whose path probability (the product of the branch probabilities chosen down to it) reaches τ — the class when it does, else the group where it became unsure. τ = 0 is the fast routing.</source>
        <translation>τ: Das Routing antwortet mit dem tiefsten Knoten des schnellen Wegs, dessen Pfadwahrscheinlichkeit (das Produkt der bis dahin gewählten Zweigwahrscheinlichkeiten) τ erreicht — mit der Klasse, wenn sie es tut, sonst mit der Gruppe, an der es unsicher wurde. τ = 0 ist das schnelle Routing.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="43" />
        <source>Show the images that stop at a group at this τ in the gallery</source>
        <translation>Die Bilder, die bei diesem τ an einer Gruppe anhalten, in der Galerie zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="44" />
        <source>Left: leaf accuracy (over the images answered at a class) against coverage, one point per τ. Right: the answers' mean mistake severity against τ (a group that holds the true class counts 0).</source>
        <translation>Links: Blattgenauigkeit (über die mit einer Klasse beantworteten Bilder) über der Abdeckung, ein Punkt je τ. Rechts: die mittlere Fehlerschwere der Antworten über τ (eine Gruppe, die die wahre Klasse enthält, zählt 0).</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="47" />
        <source>Stop at a group below τ</source>
        <translation>Unter τ an einer Gruppe anhalten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/CoarseRoutingPanel.cpp" line="101" />
        <source>At τ = %1: %2 % answered at a class, %3 % of those right; %4 images stop at a group (%5 of those groups hold the true class); mean severity %6 (fast routing: %7)</source>
        <translation>Bei τ = %1: %2 % mit einer Klasse beantwortet, davon %3 % richtig; %4 Bilder halten an einer Gruppe an (%5 dieser Gruppen enthalten die wahre Klasse); mittlere Schwere %6 (schnelles Routing: %7)</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ComparePage</name>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="68" />
        <source>Stop sweep</source>
        <translation>Sweep stoppen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="69" />
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="70" />
        <source>Continue sweep</source>
        <translation>Sweep fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="89" />
        <source>Select runs on the left (Ctrl-click for several), or choose a sweep.</source>
        <translation>Wählen Sie links Läufe (Strg-Klick für mehrere) oder einen Sweep.</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="97" />
        <source>&lt;b&gt;Sweep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sweep&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="99" />
        <source>Sweeps in the runs folder and those opened lately</source>
        <translation>Sweeps im Laufordner und die zuletzt geöffneten</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="101" />
        <source>Open sweep folder…</source>
        <translation>Sweep-Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="102" />
        <source>A folder made by hiernet sweep or the Grouping page's Sweep… (it holds sweep.json)</source>
        <translation>Ein Ordner von hiernet sweep oder von „Sweep…“ der Seite Gruppierung (er enthält sweep.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="104" />
        <source>&lt;b&gt;Runs&lt;/b&gt; (select several)</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt; (mehrere wählen)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="108" />
        <source>Refresh lists</source>
        <translation>Listen auffrischen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="109" />
        <source>Look for runs and sweeps again (the runs folder and those opened lately)</source>
        <translation>Erneut nach Läufen und Sweeps suchen (Laufordner und zuletzt geöffnete)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="134" />
        <source>Stop the sweep: the point in training keeps its checkpoint, the finished points are kept</source>
        <translation>Den Sweep stoppen: der Punkt im Training behält seinen Checkpoint, die fertigen Punkte bleiben</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="139" />
        <source>Train the points this sweep has not finished (the interrupted one resumes from its checkpoint)</source>
        <translation>Die Punkte trainieren, die dieser Sweep nicht beendet hat (der unterbrochene setzt an seinem Checkpoint fort)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="141" />
        <source>The sweep's report as PDF or HTML: the chart, the table and the curves</source>
        <translation>Der Bericht des Sweeps als PDF oder HTML: Diagramm, Tabelle und Kurven</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="146" />
        <source>Against</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="147" />
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="148" />
        <source>training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="149" />
        <source>The curves' x axis: the iteration, or the training time in minutes</source>
        <translation>Die x-Achse der Kurven: die Iteration oder die Trainingszeit in Minuten</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="154" />
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="165" />
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="166" />
        <source>The table, in its current order, onto the clipboard as CSV</source>
        <translation>Die Tabelle in ihrer aktuellen Reihenfolge als CSV in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="169" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="170" />
        <source>Accuracy against groups</source>
        <translation>Genauigkeit über Gruppen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="199" />
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="209" />
        <source>(choose a sweep)</source>
        <translation>(Sweep wählen)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="226" />
        <source>Open a sweep folder</source>
        <translation>Einen Sweep-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="243" />
        <source>These runs do not compare: %1</source>
        <translation>Diese Läufe lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="264" />
        <source>No sweep to show: %1</source>
        <translation>Kein Sweep anzuzeigen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="279" />
        <source>Sweep %1 of %2 on %3: %4 of %5 points finished (%6).</source>
        <translation>Sweep %1 von %2 auf %3: %4 von %5 Punkten fertig (%6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/compare/ComparePage.cpp" line="285" />
        <source>%n run(s) on %1.</source>
        <translation>
            <numerusform>%n Lauf auf %1.</numerusform>
            <numerusform>%n Läufe auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="392" />
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="395" />
        <source>stopping at a checkpoint…</source>
        <translation>hält an einem Checkpoint an…</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="401" />
        <source>ETA %1 min</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/ComparePage.cpp" line="417" />
        <source>The sweep failed: %1</source>
        <translation>Der Sweep ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ComparisonViews</name>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="30" />
        <source>Run</source>
        <translation>Lauf</translation>
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
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="39" />
        <source>Root estimate %</source>
        <translation>Wurzelschätzung %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="41" />
        <source>Root %</source>
        <translation>Wurzel %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="43" />
        <source>Val slow %</source>
        <translation>Val. langsam %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="45" />
        <source>Val fast %</source>
        <translation>Val. schnell %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="47" />
        <source>Test slow %</source>
        <translation>Test langsam %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="49" />
        <source>Test fast %</source>
        <translation>Test schnell %</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="51" />
        <source>Mistake severity</source>
        <translation>Fehlerschwere</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="53" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="55" />
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="57" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="59" />
        <source>Images/s</source>
        <translation>Bilder/s</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="68" />
        <source>backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../app/adapters/ComparisonViews.cpp" line="70" />
        <source>backbone, same budget</source>
        <translation>Backbone, gleiches Budget</translation>
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
        <translation>Öffnen Sie einen Backbone-Lauf (seine cpm.json), um seine Verwechslungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="33" />
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="34" />
        <source>Order by grouping</source>
        <translation>Nach Gruppierung ordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="35" />
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="41" />
        <source>Confusion probability matrix</source>
        <translation>Verwechslungswahrscheinlichkeitsmatrix</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="41" />
        <source>Hard confusion matrix</source>
        <translation>Harte Verwechslungsmatrix</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="47" />
        <source>the backbone's answers</source>
        <translation>den Antworten des Backbones</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="48" />
        <source>the HierNet's fast answers</source>
        <translation>den schnellen Antworten des HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="49" />
        <source>the HierNet's slow answers</source>
        <translation>den langsamen Antworten des HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="50" />
        <source>A click on a cell (true → predicted) opens those images of the split on the Explore page, the most confident wrong answers first: whose answers — the backbone's, or the fast or slow answers of the HierNet open on Explore (or one trained from this backbone)</source>
        <translation>Ein Klick auf eine Zelle (wahr → vorhergesagt) öffnet diese Bilder des Teils auf der Seite Erkunden, die sichersten falschen Antworten zuerst: wessen Antworten — die des Backbones oder die schnellen oder langsamen Antworten des auf Erkunden geöffneten HierNet (oder eines von diesem Backbone trainierten)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="53" />
        <source>Write each value in its cell where it fits</source>
        <translation>Jeden Wert in seine Zelle schreiben, wo er hineinpasst</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="54" />
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="55" />
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="56" />
        <source>Open a CPM file: cpm.json, or a K×K NumPy .npy or CSV matrix from another tool</source>
        <translation>Eine CPM-Datei öffnen: cpm.json oder eine K×K-Matrix als NumPy-.npy oder CSV aus einem anderen Werkzeug</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="57" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="58" />
        <source>Open a backbone run to show its CPM</source>
        <translation>Einen Backbone-Lauf öffnen, um seine CPM zu zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="59" />
        <source>Save the heatmap as PNG or PDF</source>
        <translation>Die Heatmap als PNG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="60" />
        <source>Mean softmax per true class (CPM), or the counts of the predicted classes</source>
        <translation>Mittleres Softmax je wahrer Klasse (CPM) oder die Anzahlen der vorhergesagten Klassen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="61" />
        <source>Colour the values on a log scale (small confusions show)</source>
        <translation>Die Werte logarithmisch einfärben (kleine Verwechslungen werden sichtbar)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="62" />
        <source>Order rows and columns by the groups and outline them</source>
        <translation>Zeilen und Spalten nach den Gruppen ordnen und diese umranden</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="63" />
        <source>p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it</source>
        <translation>p_min: Zwei Gruppen vereinigen sich nur, solange ihre Nähe (ihre gegenseitige Verwechslung in der CPM) darüber liegt</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="64" />
        <source>g_max: the largest group the grouping may make</source>
        <translation>g_max: die größte Gruppe, die die Gruppierung bilden darf</translation>
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
        <translation>Ein Klick zeigt die Bilder zu</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="93" />
        <source>CPM file</source>
        <translation>CPM-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="93" />
        <source>CPM (*.json *.npy *.csv);;All files (*)</source>
        <translation>CPM (*.json *.npy *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="95" />
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="107" />
        <source>No class is called or contains “%1”.</source>
        <translation>Keine Klasse heißt „%1“ oder enthält es.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="168" />
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="168" />
        <source>mean probability</source>
        <translation>mittlere Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="200" />
        <source>Backbone run directory</source>
        <translation>Verzeichnis des Backbone-Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="202" />
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="204" />
        <source>Choose a run directory that holds cpm.json (hiernet cpm RUNDIR writes it).</source>
        <translation>Wählen Sie ein Laufverzeichnis mit cpm.json (hiernet cpm RUNDIR schreibt sie).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="210" />
        <source>Export heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="210" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="212" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="212" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::DataPage</name>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="29" />
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="34" />
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="37" />
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="61" />
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="78" />
        <source>%1 classes · images %2×%3×%4 (C×H×W) · train %5 · validation %6 · test %7 · channel mean %8</source>
        <translation>%1 Klassen · Bilder %2×%3×%4 (C×H×W) · Training %5 · Validierung %6 · Test %7 · Kanalmittel %8</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="87" />
        <source>Source: %1 · validation/test: %2</source>
        <translation>Quelle: %1 · Validierung/Test: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="90" />
        <source>%1 coarse classes: %2</source>
        <translation>%1 Oberklassen: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="113" />
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="114" />
        <source>Choose another dataset with File ▸ Open dataset.</source>
        <translation>Wählen Sie einen anderen Datensatz mit Datei ▸ Datensatz öffnen.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ErrorOverview</name>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="43" />
        <source>Mistake severity: the height of the lowest common ancestor of the true and the predicted class in the hierarchy (0 = right, 1 = the right group, higher = a worse mistake). Click a severity column to show the images whose fast prediction has it.</source>
        <translation>Fehlerschwere: die Höhe des tiefsten gemeinsamen Vorfahren der wahren und der vorhergesagten Klasse in der Hierarchie (0 = richtig, 1 = die richtige Gruppe, höher = ein schlimmerer Fehler). Klicken Sie auf eine Schwere-Spalte, um die Bilder zu zeigen, deren schnelle Vorhersage sie hat.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="50" />
        <source>Left the true path here</source>
        <translation>Hier den wahren Pfad verlassen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="56" />
        <source>Rows: the true child; columns: the child the node chose. Click a cell to show those images.</source>
        <translation>Zeilen: das wahre Kind; Spalten: das Kind, das der Knoten wählte. Klicken Sie auf eine Zelle, um diese Bilder zu zeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="60" />
        <source>Hierarchical precision, recall and F1: the true class and the answer each extended by their ancestors (the root left out); micro over all images, macro per image. Level d: the answer's node at depth d is the true one.</source>
        <translation>Hierarchische Präzision, Trefferquote und F1: die wahre Klasse und die Antwort, jeweils um ihre Vorfahren erweitert (ohne die Wurzel); mikro über alle Bilder, makro je Bild. Ebene d: der Knoten der Antwort in Tiefe d ist der wahre.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="63" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="64" />
        <source>Save this overview as PNG or PDF</source>
        <translation>Diese Übersicht als PNG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="65" />
        <source>The tree node whose confusion table is shown</source>
        <translation>Der Baumknoten, dessen Verwechslungstabelle gezeigt wird</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="69" />
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="70" />
        <source>Severity and scores</source>
        <translation>Schwere und Maße</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="71" />
        <source>Stop at a group</source>
        <translation>An einer Gruppe anhalten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="93" />
        <source>Confusion at node</source>
        <translation>Verwechslung am Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="126" />
        <source>%1 · %2 images · backbone top-1 %3 %</source>
        <translation>%1 · %2 Bilder · Backbone Top-1 %3 %</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="132" />
        <source>%1 · %2 images · routing (fast) top-1 %3 % · conditional (slow) top-1 %4 % · misrouted %5 · wrong class in the right group %6</source>
        <translation>%1 · %2 Bilder · Routing (schnell) Top-1 %3 % · bedingt (langsam) Top-1 %4 % · fehlgeleitet %5 · falsche Klasse in der richtigen Gruppe %6</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="163" />
        <source>How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root), beside the backbone it was transferred from, on the same images:</source>
        <translation>Wie schwer die Fehler sind, in der Hierarchie dieses Laufs (Schwere 0 = richtig … %1 = über die Wurzel hinweg), neben dem Backbone, von dem übertragen wurde, auf denselben Bildern:</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="166" />
        <source>How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root). The backbone's run is not at hand, so there is no backbone row.</source>
        <translation>Wie schwer die Fehler sind, in der Hierarchie dieses Laufs (Schwere 0 = richtig … %1 = über die Wurzel hinweg). Der Lauf des Backbones ist nicht zur Hand, daher gibt es keine Backbone-Zeile.</translation>
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
        <translation>Mittlere Schwere
(Fehler)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="169" />
        <source>Mean severity
(all images)</source>
        <translation>Mittlere Schwere
(alle Bilder)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Right
(0)</source>
        <translation>Richtig
(0)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Severity
%1 (root)</source>
        <translation>Schwere
%1 (Wurzel)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="171" />
        <source>Severity
%1</source>
        <translation>Schwere
%1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="204" />
        <source>Hierarchical scores in this run's hierarchy; the fast and slow answers disagree on %1 % of the images:</source>
        <translation>Hierarchische Maße in der Hierarchie dieses Laufs; die schnelle und die langsame Antwort weichen bei %1 % der Bilder voneinander ab:</translation>
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
        <translation>Makro-hF</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="209" />
        <source>Leaf
(class)</source>
        <translation>Blatt
(Klasse)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="209" />
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="270" />
        <source>true %1, chose %2: %3 images</source>
        <translation>wahr %1, gewählt %2: %3 Bilder</translation>
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
        <translation>Bild %1
wahr: %2
schnell: %3 (%4)
langsam: %5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="98" />
        <source>
left the true path at %1</source>
        <translation>
verließ den wahren Pfad bei %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="100" />
        <source>
stops at %1 when unsure (τ = %2)</source>
        <translation>
hält bei Unsicherheit an %1 an (τ = %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="106" />
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ExplorePage</name>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="44" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="45" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="47" />
        <source>Open a trained HierNet run to explore how its test images are routed.</source>
        <translation>Öffnen Sie einen trainierten HierNet-Lauf, um zu erkunden, wie seine Testbilder geleitet werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="56" />
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="67" />
        <source>Choose a run directory</source>
        <translation>Ein Laufverzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="102" />
        <source>&lt;b&gt;Your images&lt;/b&gt; — click one for its route</source>
        <translation>&lt;b&gt;Ihre Bilder&lt;/b&gt; — eines anklicken für seinen Weg</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="104" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="105" />
        <source>Remove your images from the page (the files stay)</source>
        <translation>Ihre Bilder von der Seite entfernen (die Dateien bleiben)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="146" />
        <source>Open a run first: your images are routed through its tree.</source>
        <translation>Öffnen Sie zuerst einen Lauf: Ihre Bilder werden durch seinen Baum geleitet.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="152" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/explore/ExplorePage.cpp" line="156" />
        <source>%n image(s) added: click one for its route.</source>
        <translation>
            <numerusform>%n Bild hinzugefügt: anklicken für seinen Weg.</numerusform>
            <numerusform>%n Bilder hinzugefügt: eines anklicken für seinen Weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/explore/ExplorePage.cpp" line="157" />
        <source>%n image(s) added; skipped %1</source>
        <translation>
            <numerusform>%n Bild hinzugefügt; übersprungen: %1</numerusform>
            <numerusform>%n Bilder hinzugefügt; übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="166" />
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="166" />
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.pnm *.tga);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.pnm *.tga);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="200" />
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="201" />
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="216" />
        <source>The run to explore: one of the known HierNet runs, or a directory (a backbone run is explored as its tree of one node)</source>
        <translation>Der zu erkundende Lauf: einer der bekannten HierNet-Läufe oder ein Verzeichnis (ein Backbone-Lauf wird als sein Baum aus einem Knoten erkundet)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="245" />
        <source>Open images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="247" />
        <source>Route your own images (PNG, JPEG, BMP, …; or drop files or a folder on the page): each is converted to the run's input and explained like a test image</source>
        <translation>Eigene Bilder leiten (PNG, JPEG, BMP, …; oder Dateien oder einen Ordner auf die Seite ziehen): jedes wird in die Eingabe des Laufs umgewandelt und wie ein Testbild erklärt</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="251" />
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="414" />
        <source>%1 · a backbone run, explored as a tree of one node · %2 images · top-1 %3 %%4</source>
        <translation>%1 · ein Backbone-Lauf, als Baum aus einem Knoten erkundet · %2 Bilder · Top-1 %3 %%4</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="439" />
        <source>All images</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="440" />
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="442" />
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="444" />
        <source>Misrouted</source>
        <translation>Fehlgeleitet</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="445" />
        <source>Wrong class in the right group</source>
        <translation>Falsche Klasse in der richtigen Gruppe</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="446" />
        <source>Fast and slow disagree</source>
        <translation>Schnell und langsam uneins</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="448" />
        <source>Stop at a group when unsure (τ)</source>
        <translation>Bei Unsicherheit an einer Gruppe angehalten (τ)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="208" />
        <source>by index</source>
        <translation>nach Index</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="209" />
        <source>least confident first</source>
        <translation>unsicherste zuerst</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="210" />
        <source>most confident first</source>
        <translation>sicherste zuerst</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="211" />
        <source>Clear the confusion-cell filter</source>
        <translation>Den Filter der Verwechslungszelle aufheben</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="213" />
        <source>Mistake severity of the fast prediction: the height of the lowest common ancestor of the true and the predicted class (0 = right, 1 = the right group, the tree's height = across the root)</source>
        <translation>Fehlerschwere der schnellen Vorhersage: die Höhe des tiefsten gemeinsamen Vorfahren der wahren und der vorhergesagten Klasse (0 = richtig, 1 = die richtige Gruppe, die Höhe des Baums = über die Wurzel hinweg)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="66" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="68" />
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="70" />
        <source>Save the images the filters show as CSV (index, classes, where the route left the true path, confidence, severity)</source>
        <translation>Die von den Filtern gezeigten Bilder als CSV speichern (Index, Klassen, wo der Weg den wahren Pfad verließ, Sicherheit, Schwere)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="218" />
        <source>The images to explore: the test split (reported once) or the validation split</source>
        <translation>Die zu erkundenden Bilder: der Testteil (einmal berichtet) oder der Validierungsteil</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="219" />
        <source>Load the run and evaluate the split (once per checkpoint; cached in the run)</source>
        <translation>Den Lauf laden und den Teil auswerten (einmal je Checkpoint; im Lauf zwischengespeichert)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="220" />
        <source>Stop loading the run</source>
        <translation>Das Laden des Laufs abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="221" />
        <source>Which images: all, right, misrouted (the route left the true path), wrong class in the right group, or fast and slow disagreeing</source>
        <translation>Welche Bilder: alle, richtige, fehlgeleitete (der Weg verließ den wahren Pfad), falsche Klasse in der richtigen Gruppe, oder schnell und langsam uneins</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="223" />
        <source>Only the images of this true class</source>
        <translation>Nur die Bilder dieser wahren Klasse</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="227" />
        <source>Only the images whose route left the true path at this node</source>
        <translation>Nur die Bilder, deren Weg den wahren Pfad an diesem Knoten verließ</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="596" />
        <source>HierNet run</source>
        <translation>HierNet-Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="254" />
        <source>Split</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="266" />
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="278" />
        <source>left the path at</source>
        <translation>Pfad verlassen bei</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="280" />
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="274" />
        <source>sorted</source>
        <translation>sortiert</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="71" />
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="72" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="302" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="309" />
        <source>Could not open the run: %1</source>
        <translation>Der Lauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="391" />
        <source>Loading %1 and evaluating its %2 split (once per checkpoint; cached in the run)…</source>
        <translation>Lade %1 und werte seinen Teil %2 aus (einmal je Checkpoint; im Lauf zwischengespeichert)…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="462" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="471" />
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="465" />
        <source>0: right (%1)</source>
        <translation>0: richtig (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="466" />
        <source>%1: across the root (%2)</source>
        <translation>%1: über die Wurzel hinweg (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="483" />
        <source>any node</source>
        <translation>beliebiger Knoten</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="467" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="487" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="224" />
        <source>Only the images the chosen answer gives this class (with a true class: one confusion cell)</source>
        <translation>Nur die Bilder, denen die gewählte Antwort diese Klasse gibt (mit einer wahren Klasse: eine Zelle der Verwechslungsmatrix)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="225" />
        <source>Whose answer the predicted class and the confidence order are: the tree's fast route, its slow (conditional) answer, or the backbone it was transferred from</source>
        <translation>Wessen Antwort die vorhergesagte Klasse und die Ordnung nach Sicherheit sind: der schnelle Weg des Baums, seine langsame (bedingte) Antwort oder das Backbone, von dem er übertragen wurde</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="228" />
        <source>Sort by index, or by the confidence of the chosen answer</source>
        <translation>Nach Index sortieren oder nach der Sicherheit der gewählten Antwort</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="268" />
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="270" />
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="272" />
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="410" />
        <source>No backbone maps or severities to compare with: %1</source>
        <translation>Keine Backbone-Karten oder -Schweren zum Vergleich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="419" />
        <source>%1 · %2 images · fast %3 % · slow %4 %%5</source>
        <translation>%1 · %2 Bilder · schnell %3 % · langsam %4 %%5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="412" />
        <source> · evaluation read from the run's cache</source>
        <translation> · Auswertung aus dem Cache des Laufs gelesen</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="547" />
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="551" />
        <source>at %1: true %2, chose %3</source>
        <translation>bei %1: wahr %2, gewählt %3</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="604" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="606" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="614" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="604" />
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="606" />
        <location filename="../app/studio/explore/ExplorePage.cpp" line="614" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="612" />
        <source>Export the filtered list</source>
        <translation>Die gefilterte Liste exportieren</translation>
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
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="30" />
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="31" />
        <source>&amp;Open dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="33" />
        <source>Get dataset</source>
        <translation>Datensatz holen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="59" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="63" />
        <source>The dataset to download: its official binary archive, checked against its published MD5 sum</source>
        <translation>Der herunterzuladende Datensatz: sein offizielles Binärarchiv, gegen die veröffentlichte MD5-Summe geprüft</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="65" />
        <source>Where datasets are kept; a dataset downloaded into the default folder opens by its name</source>
        <translation>Wo Datensätze liegen; ein in den Standardordner geladener Datensatz öffnet sich über seinen Namen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="67" />
        <source>optional: http://, https:// or file:// address holding the same archive names</source>
        <translation>optional: http://-, https://- oder file://-Adresse mit denselben Archivnamen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="68" />
        <source>A local or institutional copy of the archives, used instead of the official address</source>
        <translation>Eine lokale oder institutionelle Kopie der Archive, statt der offiziellen Adresse verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="69" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="70" />
        <source>Choose the data folder</source>
        <translation>Den Datenordner wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="72" />
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="83" />
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="39" />
        <source>Bytes downloaded of the archive's size</source>
        <translation>Heruntergeladene Bytes von der Größe des Archivs</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="91" />
        <source>Download (or resume), check the MD5 sum, then unpack into the data folder</source>
        <translation>Herunterladen (oder fortsetzen), MD5-Summe prüfen, dann in den Datenordner entpacken</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="93" />
        <source>Stop; what arrived is kept, and the next download resumes from there</source>
        <translation>Anhalten; das Angekommene bleibt, und der nächste Download setzt dort fort</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="95" />
        <source>Open the downloaded dataset in the studio</source>
        <translation>Den heruntergeladenen Datensatz im Studio öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="82" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="84" />
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="121" />
        <source>%1 is already in %2.</source>
        <translation>%1 liegt bereits in %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="125" />
        <source>%1: %2, from %3</source>
        <translation>%1: %2, von %3</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="169" />
        <source>Ready in %1. Open it here, or as “%2” from the command line.</source>
        <translation>Bereit in %1. Hier öffnen, oder auf der Kommandozeile als „%2“.</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="173" />
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="177" />
        <source>Failed: %1</source>
        <translation>Gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="183" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="196" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="201" />
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/GetDatasetDialog.cpp" line="204" />
        <source> · %1:%2 left</source>
        <translation> · noch %1:%2</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingPage</name>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="80" />
        <source>Open a backbone run (its cpm.json) to group its classes.</source>
        <translation>Öffnen Sie einen Backbone-Lauf (seine cpm.json), um seine Klassen zu gruppieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="119" />
        <source>No class is called or contains “%1”.</source>
        <translation>Keine Klasse heißt „%1“ oder enthält es.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="140" />
        <source>The CPM in the order of the groups at this step; the two groups the step merges are marked</source>
        <translation>Die CPM in der Reihenfolge der Gruppen bei diesem Schritt; die beiden Gruppen, die der Schritt vereinigt, sind markiert</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="143" />
        <source>Balance α: pairs are ranked by proximity × (2 / size of the union)^α, so large groups need closer pairs; 0 is the paper's rule</source>
        <translation>Ausgleich α: Paare werden nach Nähe × (2 / Größe der Vereinigung)^α geordnet, große Gruppen brauchen also nähere Paare; 0 ist die Regel des Artikels</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="147" />
        <source>Worked out from the CPM alone, before any HierNet is trained: the share of each group's CPM mass that stays inside it is the backbone's own chance to route an image of it right at the root</source>
        <translation>Allein aus der CPM berechnet, bevor ein HierNet trainiert wird: der Anteil der CPM-Masse jeder Gruppe, der in ihr bleibt, ist die Chance des Backbones selbst, ein Bild davon an der Wurzel richtig zu leiten</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="154" />
        <source>p_min on a log scale from 1e-5 to 2: groups merge while their proximity is above it</source>
        <translation>p_min logarithmisch von 1e-5 bis 2: Gruppen vereinigen sich, solange ihre Nähe darüber liegt</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="156" />
        <source>g_max: the largest group the grouping may make</source>
        <translation>g_max: die größte Gruppe, die die Gruppierung bilden darf</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="157" />
        <source>further levels, e.g. 0.05:5</source>
        <translation>weitere Ebenen, z. B. 0.05:5</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="158" />
        <source>Deeper trees: each P:G regroups inside every group of the level above</source>
        <translation>Tiefere Bäume: jedes P:G gruppiert innerhalb jeder Gruppe der Ebene darüber neu</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="167" />
        <source>Filter groups and classes by name…</source>
        <translation>Gruppen und Klassen nach Namen filtern…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="168" />
        <source>Show only the groups whose name, or one of whose classes' names, contains this text</source>
        <translation>Nur die Gruppen zeigen, deren Name oder der Name einer ihrer Klassen diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="169" />
        <source>How many first-level groups have each size</source>
        <translation>Wie viele Gruppen der ersten Ebene welche Größe haben</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="184" />
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
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
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="195" />
        <source>Balance α</source>
        <translation>Ausgleich α</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="206" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="208" />
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="217" />
        <source>Merge groups</source>
        <translation>Gruppen vereinigen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="218" />
        <source>Merge the selected groups into the first one</source>
        <translation>Die gewählten Gruppen in die erste vereinigen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="219" />
        <source>Split off</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="220" />
        <source>Move the selected classes of one group into a new group</source>
        <translation>Die gewählten Klassen einer Gruppe in eine neue Gruppe verschieben</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="221" />
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="243" />
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="222" />
        <source>Rename the selected group</source>
        <translation>Die gewählte Gruppe umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="244" />
        <source>Load a hierarchy: a hierarchy file or the dataset's coarse labels</source>
        <translation>Eine Hierarchie laden: eine Hierarchiedatei oder die Oberklassen des Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="246" />
        <source>Hierarchy file…</source>
        <translation>Hierarchiedatei…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="247" />
        <source>Dataset's coarse labels</source>
        <translation>Oberklassen des Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="249" />
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="251" />
        <source>With a hierarchy file…</source>
        <translation>Mit einer Hierarchiedatei…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="252" />
        <source>With the dataset's coarse labels</source>
        <translation>Mit den Oberklassen des Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="255" />
        <source>Save hierarchy…</source>
        <translation>Hierarchie speichern…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="256" />
        <source>Save the groups as hierarchy.json for the HierNet page or hiernet train-hiernet</source>
        <translation>Die Gruppen als hierarchy.json für die Seite HierNet oder hiernet train-hiernet speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="254" />
        <source>Compare the groups with another hierarchy (adjusted Rand index and the classes that moved)</source>
        <translation>Die Gruppen mit einer anderen Hierarchie vergleichen (bereinigter Rand-Index und die verschobenen Klassen)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="185" />
        <source>Open a backbone run to group the classes of its CPM</source>
        <translation>Einen Backbone-Lauf öffnen, um die Klassen seiner CPM zu gruppieren</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="152" />
        <source>p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it</source>
        <translation>p_min: Zwei Gruppen vereinigen sich nur, solange ihre Nähe (ihre gegenseitige Verwechslung in der CPM) darüber liegt</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="258" />
        <source>Sweep…</source>
        <translation>Sweep…</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="260" />
        <source>Train HierNets over a grid of p_min / g_max around these values, then compare them (Compare page)</source>
        <translation>HierNets über ein Raster von p_min / g_max um diese Werte trainieren und dann vergleichen (Seite Vergleichen)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="273" />
        <source>Groups (drag a class onto a group; double-click a group to rename)</source>
        <translation>Gruppen (eine Klasse auf eine Gruppe ziehen; Doppelklick auf eine Gruppe benennt sie um)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="313" />
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="423" />
        <source>%1 first-level groups · %2 leaf groups · depth %3 · balance %4 · from %5</source>
        <translation>%1 Gruppen der ersten Ebene · %2 Blattgruppen · Tiefe %3 · Balance %4 · aus %5</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="441" />
        <source>&lt;b&gt;What the CPM promises&lt;/b&gt;: root accuracy ≈ %1 %</source>
        <translation>&lt;b&gt;Was die CPM verspricht&lt;/b&gt;: Wurzelgenauigkeit ≈ %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="443" />
        <source> (%1 % of the validation images were predicted inside their group)</source>
        <translation> (%1 % der Validierungsbilder wurden innerhalb ihrer Gruppe vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="445" />
        <source> · group sizes %1 to %2, entropy %3 bits, balance %4</source>
        <translation> · Gruppengrößen %1 bis %2, Entropie %3 Bit, Ausgewogenheit %4</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="451" />
        <source> · adjusted Rand index %1 against %2</source>
        <translation> · bereinigter Rand-Index %1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="458" />
        <source>%1 % stays inside</source>
        <translation>%1 % bleibt innerhalb</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="567" />
        <source>%1: class %2 of %3.</source>
        <translation>%1: Klasse %2 von %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="578" />
        <source>%1: in group “%2”.</source>
        <translation>%1: in Gruppe „%2“.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="585" />
        <source>Select one group to rename.</source>
        <translation>Wählen Sie eine Gruppe zum Umbenennen.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="589" />
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="589" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="486" />
        <source>Nothing to compare yet: open a run or load a hierarchy first.</source>
        <translation>Noch nichts zu vergleichen: Öffnen Sie zuerst einen Lauf oder laden Sie eine Hierarchie.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="494" />
        <source>the coarse labels</source>
        <translation>die Oberklassen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="521" />
        <source>Compared with &lt;b&gt;%1&lt;/b&gt;: adjusted Rand index %2 (leaf groups), %3 (first level). </source>
        <translation>Verglichen mit &lt;b&gt;%1&lt;/b&gt;: bereinigter Rand-Index %2 (Blattgruppen), %3 (erste Ebene). </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="526" />
        <source>No class moved.</source>
        <translation>Keine Klasse verschoben.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="530" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="534" />
        <source>1 class moved: </source>
        <translation>1 Klasse verschoben: </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="534" />
        <source>%1 classes moved: </source>
        <translation>%1 Klassen verschoben: </translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="506" />
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="597" />
        <source>Backbone run directory</source>
        <translation>Verzeichnis des Backbone-Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="605" />
        <source>Load hierarchy</source>
        <translation>Hierarchie laden</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="605" />
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="613" />
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="627" />
        <source>Hierarchy (*.json)</source>
        <translation>Hierarchie (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="613" />
        <source>Compare with hierarchy</source>
        <translation>Mit Hierarchie vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="621" />
        <source>Nothing to save yet: open a run first.</source>
        <translation>Noch nichts zu speichern: Öffnen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="627" />
        <source>Save hierarchy</source>
        <translation>Hierarchie speichern</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingSession</name>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="44" />
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="71" />
        <source>%1 · %2 classes · split %3</source>
        <translation>%1 · %2 Klassen · Aufteilung %3</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="73" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="160" />
        <source>grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="178" />
        <source>Levels '%1': %2. Write levels as P:G pairs separated by commas, e.g. 0.05:5,0.1:3.</source>
        <translation>Ebenen '%1': %2. Schreiben Sie Ebenen als durch Kommas getrennte P:G-Paare, z. B. 0.05:5,0.1:3.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="181" />
        <source>Regroup at p_min %1, g_max %2</source>
        <translation>Neu gruppieren bei p_min %1, g_max %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="255" />
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="257" />
        <source>Move %1 classes to %2</source>
        <translation>%1 Klassen nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="258" />
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="277" />
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="298" />
        <source>hand edits</source>
        <translation>Handänderungen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="261" />
        <source>Cannot move: %1</source>
        <translation>Verschieben nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="268" />
        <source>Select two or more groups to merge.</source>
        <translation>Wählen Sie zwei oder mehr Gruppen zum Vereinigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="276" />
        <source>Merge %1 groups into %2</source>
        <translation>%1 Gruppen zu %2 vereinigen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="280" />
        <source>Cannot merge: %1</source>
        <translation>Vereinigen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="287" />
        <source>Select the classes to split off into a new group.</source>
        <translation>Wählen Sie die Klassen, die in eine neue Gruppe abgetrennt werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="294" />
        <source>the selected classes are in different groups; select classes of one group</source>
        <translation>die gewählten Klassen liegen in verschiedenen Gruppen; wählen Sie Klassen einer Gruppe</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="297" />
        <source>Split %1 classes off %2</source>
        <translation>%1 Klassen von %2 abtrennen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="301" />
        <source>Cannot split: %1</source>
        <translation>Abtrennen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="316" />
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="319" />
        <source>Cannot rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="326" />
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="329" />
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="331" />
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="338" />
        <source>no dataset is loaded; open one on the Data page</source>
        <translation>kein Datensatz geladen; öffnen Sie einen auf der Seite Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="342" />
        <source>the dataset's classes are not the CPM's; open the run trained on this dataset</source>
        <translation>die Klassen des Datensatzes sind nicht die der CPM; öffnen Sie den auf diesem Datensatz trainierten Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="349" />
        <source>Use coarse labels</source>
        <translation>Oberklassen verwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="349" />
        <source>coarse labels</source>
        <translation>Oberklassen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="352" />
        <source>Cannot use coarse labels: %1</source>
        <translation>Oberklassen nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="359" />
        <source>Nothing to save yet: open a run first.</source>
        <translation>Noch nichts zu speichern: Öffnen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="363" />
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="367" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierNetPage</name>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="61" />
        <source>New HierNet</source>
        <translation>Neues HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="66" />
        <source>Start from the backbone's weights (transfer)</source>
        <translation>Mit den Gewichten des Backbones beginnen (Transfer)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="67" />
        <source>Leaf classifiers start from the backbone's FC rows</source>
        <translation>Blattklassifikatoren beginnen mit den FC-Zeilen des Backbones</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="69" />
        <source>Run sibling branches as one grouped network (faster, same results)</source>
        <translation>Geschwisterzweige als ein gruppiertes Netz ausführen (schneller, gleiche Ergebnisse)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="96" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="97" />
        <source> iterations</source>
        <translation> Iterationen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="98" />
        <source>Train the root network (stem, edge, classifier) on the group labels first, with the main schedule, as the paper's code does</source>
        <translation>Zuerst das Wurzelnetz (Stamm, Kante, Klassifikator) auf den Gruppenlabels trainieren, mit dem Hauptplan, wie der Code des Artikels</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="100" />
        <source>Backbone block after which each level's branches start (one number per level below the root)</source>
        <translation>Backbone-Block, nach dem die Zweige jeder Ebene beginnen (eine Zahl je Ebene unter der Wurzel)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="101" />
        <source>Additional backbone blocks in each node's classifier, per level</source>
        <translation>Zusätzliche Backbone-Blöcke im Klassifikator jedes Knotens, je Ebene</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="106" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="107" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="108" />
        <source>Paper defaults</source>
        <translation>Werte des Artikels</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="109" />
        <source>Choose the backbone run to transfer from</source>
        <translation>Den Backbone-Lauf wählen, von dem übertragen wird</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="110" />
        <source>Choose the hierarchy file (hierarchy.json) the tree follows</source>
        <translation>Die Hierarchiedatei (hierarchy.json) wählen, der der Baum folgt</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="111" />
        <source>The paper's split points and additional blocks for this backbone's depth (Tables 1 and 2)</source>
        <translation>Die Teilungspunkte und zusätzlichen Blöcke des Artikels für die Tiefe dieses Backbones (Tabellen 1 und 2)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="112" />
        <source>The backbone run the HierNet is built from (its architecture, data and weights)</source>
        <translation>Der Backbone-Lauf, aus dem das HierNet gebaut wird (seine Architektur, Daten und Gewichte)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="113" />
        <source>The hierarchy the tree follows: saved on the Grouping page or written by hiernet group</source>
        <translation>Die Hierarchie, der der Baum folgt: auf der Seite Gruppierung gespeichert oder von hiernet group geschrieben</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="115" />
        <source>Copy the backbone's trained blocks (BN statistics included) into every copy in the tree, as the paper does</source>
        <translation>Die trainierten Blöcke des Backbones (mit BN-Statistiken) in jede Kopie im Baum übernehmen, wie im Artikel</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="117" />
        <source>Each leaf classifier starts from the backbone's FC rows of its classes (the paper's code starts them fresh)</source>
        <translation>Jeder Blattklassifikator beginnt mit den FC-Zeilen des Backbones für seine Klassen (der Code des Artikels beginnt sie neu)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="119" />
        <source>Sibling branches of the same structure run as grouped convolutions: one kernel per layer, the same numbers</source>
        <translation>Geschwisterzweige gleicher Struktur laufen als gruppierte Faltungen: ein Kernel je Schicht, dieselben Zahlen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="131" />
        <source>split after block</source>
        <translation>Teilung nach Block</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="133" />
        <source>extra blocks</source>
        <translation>zusätzliche Blöcke</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="136" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="350" />
        <source>Backbone run</source>
        <translation>Backbone-Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="137" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="358" />
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="139" />
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="142" />
        <source>Root pre-training</source>
        <translation>Vortraining der Wurzel</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="248" />
        <source>Choose a backbone run (train one on the Backbone page).</source>
        <translation>Wählen Sie einen Backbone-Lauf (trainieren Sie einen auf der Seite Backbone).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="250" />
        <source>%1 is not a backbone run (no run.json of kind backbone).</source>
        <translation>%1 ist kein Backbone-Lauf (kein run.json der Art backbone).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="252" />
        <source>%1 on %2, %3 classes, status %4</source>
        <translation>%1 auf %2, %3 Klassen, Status %4</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="257" />
        <source>Choose a hierarchy file (save one on the Grouping page).</source>
        <translation>Wählen Sie eine Hierarchiedatei (speichern Sie eine auf der Seite Gruppierung).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="260" />
        <source> · hierarchy: %1 first-level groups, depth %2</source>
        <translation> · Hierarchie: %1 Gruppen der ersten Ebene, Tiefe %2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="263" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="289" />
        <source>split points</source>
        <translation>Teilungspunkte</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="264" />
        <location filename="../app/studio/training/HierNetPage.cpp" line="289" />
        <source>additional blocks</source>
        <translation>zusätzliche Blöcke</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="330" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="358" />
        <source>Hierarchy (*.json)</source>
        <translation>Hierarchie (*.json)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="379" />
        <source>Validation top-1: HierNet fast %1 %</source>
        <translation>Validierung Top-1: HierNet schnell %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="383" />
        <source> · root %1 % (the CPM promised %2 %)</source>
        <translation> · Wurzel %1 % (die CPM versprach %2 %)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="393" />
        <source> · its backbone %1 %</source>
        <translation> · sein Backbone %1 %</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="399" />
        <source> · the backbone trained on for the same %1 iterations %2 % (%3)</source>
        <translation> · das Backbone, für dieselben %1 Iterationen weitertrainiert, %2 % (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/HierNetPage.cpp" line="406" />
        <source> · no same-budget backbone yet: hiernet train-backbone --continue-from %1 --iterations %2 --out DIR</source>
        <translation> · noch kein Backbone mit gleichem Budget: hiernet train-backbone --continue-from %1 --iterations %2 --out DIR</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierarchyModel</name>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="114" />
        <source>%1 (1 class)</source>
        <translation>%1 (1 Klasse)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="115" />
        <source>%1 (%2 classes)</source>
        <translation>%1 (%2 Klassen)</translation>
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
        <translation>1  Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="95" />
        <source>2  Backbone</source>
        <translation>2  Backbone</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="96" />
        <source>3  Confusion</source>
        <translation>3  Verwechslung</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="97" />
        <source>4  Grouping</source>
        <translation>4  Gruppierung</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="98" />
        <source>5  HierNet</source>
        <translation>5  HierNet</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="99" />
        <source>6  Explore</source>
        <translation>6  Erkunden</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="100" />
        <source>7  Compare</source>
        <translation>7  Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="115" />
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="125" />
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="130" />
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="138" />
        <source>Training in %1: %2</source>
        <translation>Training in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="145" />
        <source>HierNet training in %1: %2</source>
        <translation>HierNet-Training in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="210" />
        <source>The HierNet's answers need a HierNet run: open one of this dataset on the Explore page, or train a HierNet from this backbone.</source>
        <translation>Die Antworten des HierNet brauchen einen HierNet-Lauf: Öffnen Sie einen dieses Datensatzes auf der Seite Erkunden, oder trainieren Sie ein HierNet von diesem Backbone.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="218" />
        <source>This CPM was opened from a file, not from a run: the images behind its cells are not at hand.</source>
        <translation>Diese CPM wurde aus einer Datei geöffnet, nicht aus einem Lauf: Die Bilder hinter ihren Zellen sind nicht zur Hand.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="235" />
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="241" />
        <location filename="../app/studio/window/MainWindow.cpp" line="452" />
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="241" />
        <source>Could not make the report: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="299" />
        <source>%1 is not a run folder: it has no readable run.json</source>
        <translation>%1 ist kein Laufordner: Es enthält kein lesbares run.json</translation>
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
        <translation>(noch keine Läufe geöffnet)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="386" />
        <source>&lt;h3&gt;1 Data&lt;/h3&gt;&lt;p&gt;The dataset everything else trains on: its classes, how many images each has, and samples. Fashion-MNIST opens by default; &lt;i&gt;File › Open dataset&lt;/i&gt; (Ctrl+O) opens CIFAR-10/100 binaries, IDX files or an image folder.&lt;/p&gt;&lt;p&gt;Next: train a backbone on it (Ctrl+2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;1 Daten&lt;/h3&gt;&lt;p&gt;Der Datensatz, auf dem alles andere trainiert: seine Klassen, wie viele Bilder jede hat, und Beispiele. Fashion-MNIST ist voreingestellt; &lt;i&gt;Datei › Datensatz öffnen&lt;/i&gt; (Strg+O) öffnet CIFAR-10/100-Binärdateien, IDX-Dateien oder einen Bildordner.&lt;/p&gt;&lt;p&gt;Als Nächstes: ein Backbone darauf trainieren (Strg+2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="390" />
        <source>&lt;h3&gt;2 Backbone&lt;/h3&gt;&lt;p&gt;Train the flat network whose confusions the tree follows. Choose the architecture, depth and schedule (&lt;i&gt;quick&lt;/i&gt; is for a CPU), then &lt;i&gt;Start&lt;/i&gt;. Curves grow as it trains; &lt;i&gt;Pause&lt;/i&gt; and &lt;i&gt;Stop&lt;/i&gt; keep the checkpoint, &lt;i&gt;Resume selected&lt;/i&gt; goes on. Selecting a run in the list shows its settings in the form.&lt;/p&gt;&lt;p&gt;When it finishes, its confusion probability matrix opens on the next page (Ctrl+3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;2 Backbone&lt;/h3&gt;&lt;p&gt;Trainieren Sie das flache Netz, dessen Verwechslungen der Baum folgt. Wählen Sie Architektur, Tiefe und Plan (&lt;i&gt;quick&lt;/i&gt; ist für eine CPU), dann &lt;i&gt;Starten&lt;/i&gt;. Die Kurven wachsen während des Trainings; &lt;i&gt;Pause&lt;/i&gt; und &lt;i&gt;Stoppen&lt;/i&gt; behalten den Checkpoint, &lt;i&gt;Gewählten fortsetzen&lt;/i&gt; macht weiter. Ein in der Liste gewählter Lauf zeigt seine Einstellungen im Formular.&lt;/p&gt;&lt;p&gt;Danach öffnet sich seine Verwechslungswahrscheinlichkeitsmatrix auf der nächsten Seite (Strg+3).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="395" />
        <source>&lt;h3&gt;3 Confusion&lt;/h3&gt;&lt;p&gt;The backbone's confusion probability matrix (CPM): how much probability each true class gives each predicted class, on the validation images. Rows and columns follow the grouping, and the groups are outlined. Hover a cell for its value.&lt;/p&gt;&lt;p&gt;Next: form the groups (Ctrl+4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3 Verwechslung&lt;/h3&gt;&lt;p&gt;Die Verwechslungswahrscheinlichkeitsmatrix (CPM) des Backbones: wie viel Wahrscheinlichkeit jede wahre Klasse jeder vorhergesagten Klasse gibt, auf den Validierungsbildern. Zeilen und Spalten folgen der Gruppierung, die Gruppen sind umrandet. Zeigen Sie auf eine Zelle, um ihren Wert zu sehen.&lt;/p&gt;&lt;p&gt;Als Nächstes: die Gruppen bilden (Strg+4).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="399" />
        <source>&lt;h3&gt;4 Grouping&lt;/h3&gt;&lt;p&gt;Move p_min (the least proximity two groups need to merge) and g_max (the largest group) and watch the groups form, as the paper's rule merges the most confused groups first. Edit by hand if you like (drag, merge, split, rename; Ctrl+Z undoes), then &lt;i&gt;Save&lt;/i&gt; the hierarchy.&lt;/p&gt;&lt;p&gt;Next: train a HierNet on it (Ctrl+5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;4 Gruppierung&lt;/h3&gt;&lt;p&gt;Verschieben Sie p_min (die kleinste Nähe, die zwei Gruppen zum Vereinigen brauchen) und g_max (die größte Gruppe) und sehen Sie zu, wie sich die Gruppen bilden: Die Regel des Artikels vereinigt die am meisten verwechselten Gruppen zuerst. Ändern Sie von Hand, wenn Sie wollen (ziehen, vereinigen, abtrennen, umbenennen; Strg+Z macht rückgängig), dann &lt;i&gt;speichern&lt;/i&gt; Sie die Hierarchie.&lt;/p&gt;&lt;p&gt;Als Nächstes: ein HierNet darauf trainieren (Strg+5).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="404" />
        <source>&lt;h3&gt;5 HierNet&lt;/h3&gt;&lt;p&gt;Train the tree of CNNs: the backbone run and the saved hierarchy are filled in; &lt;i&gt;Paper defaults&lt;/i&gt; sets where the tree splits. The curves add the conditional (slow) and routing (fast) accuracy, and the tree shows each node's accuracy.&lt;/p&gt;&lt;p&gt;When it finishes, its test images open on the Explore page (Ctrl+6).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;5 HierNet&lt;/h3&gt;&lt;p&gt;Trainieren Sie den Baum aus CNNs: Backbone-Lauf und gespeicherte Hierarchie sind eingetragen; &lt;i&gt;Werte des Artikels&lt;/i&gt; legt fest, wo sich der Baum teilt. Die Kurven zeigen zusätzlich die bedingte (langsame) und die Routing-Genauigkeit (schnell), der Baum die Genauigkeit jedes Knotens.&lt;/p&gt;&lt;p&gt;Danach öffnen sich seine Testbilder auf der Seite Erkunden (Strg+6).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="409" />
        <source>&lt;h3&gt;6 Explore&lt;/h3&gt;&lt;p&gt;The trained HierNet's test images, framed by outcome (right, misrouted, wrong class in the right group). Filter and sort them; click one to see its route through the tree with every node's probabilities and where it left the true path. The &lt;i&gt;Errors&lt;/i&gt; tab shows each node's accuracy and confusion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;6 Erkunden&lt;/h3&gt;&lt;p&gt;Die Testbilder des trainierten HierNet, nach Ergebnis gerahmt (richtig, fehlgeleitet, falsche Klasse in der richtigen Gruppe). Filtern und sortieren Sie sie; klicken Sie auf eines, um seinen Weg durch den Baum mit den Wahrscheinlichkeiten jedes Knotens zu sehen und wo er den wahren Pfad verließ. Der Reiter &lt;i&gt;Fehler&lt;/i&gt; zeigt Genauigkeit und Verwechslung jedes Knotens.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="414" />
        <source>&lt;h3&gt;7 Compare&lt;/h3&gt;&lt;p&gt;Runs side by side: select several runs in the list, or choose a sweep (the Grouping page's &lt;i&gt;Sweep…&lt;/i&gt; or &lt;code&gt;hiernet sweep&lt;/code&gt; makes one). Their validation curves overlay (against the iteration or the training time; hover a curve for its run), the table sorts by any column and copies as CSV, and a sweep's chart sets its accuracy against the number of groups beside the same-budget backbone. Double-click a row or click a point to open that run.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;7 Vergleichen&lt;/h3&gt;&lt;p&gt;Läufe nebeneinander: wählen Sie mehrere Läufe in der Liste oder einen Sweep (&lt;i&gt;Sweep…&lt;/i&gt; der Seite Gruppierung oder &lt;code&gt;hiernet sweep&lt;/code&gt; erstellt einen). Ihre Validierungskurven liegen übereinander (über der Iteration oder der Trainingszeit; über einer Kurve steht ihr Lauf), die Tabelle sortiert nach jeder Spalte und kopiert als CSV, und das Diagramm eines Sweeps zeigt seine Genauigkeit über der Zahl der Gruppen neben dem Backbone mit gleichem Budget. Doppelklick auf eine Zeile oder Klick auf einen Punkt öffnet diesen Lauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="428" />
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="447" />
        <source>HierNet run to report on</source>
        <translation>HierNet-Lauf für den Bericht</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="452" />
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="460" />
        <source>A report is being made already.</source>
        <translation>Es wird bereits ein Bericht erstellt.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="463" />
        <source>Making the report of %1 (evaluating both splits once, then drawing)…</source>
        <translation>Erstelle den Bericht von %1 (beide Teile einmal auswerten, dann zeichnen)…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="469" />
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;HierNet Studio builds a HierNet: CNNs organised as a tree that follows how similar the classes are. The pages on the left are the steps, in the order you use them (Ctrl+1 … Ctrl+7); F1 explains the page you are on. Fashion-MNIST, ten kinds of clothes in 28×28 grey images, is open from the start.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: look at the classes and samples. &lt;i&gt;File › Open dataset&lt;/i&gt; opens CIFAR-10/100, IDX files or an image folder.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backbone&lt;/b&gt;: train the flat network. With the &lt;i&gt;quick&lt;/i&gt; schedule a ResNet-8 reaches about 90 % in a few minutes on a laptop. Watch the curves; &lt;i&gt;Pause&lt;/i&gt; and &lt;i&gt;Stop&lt;/i&gt; keep the checkpoint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confusion&lt;/b&gt;: the backbone's confusion probability matrix: which classes it mixes up (a shirt with a T-shirt, a sneaker with an ankle boot).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Grouping&lt;/b&gt;: move p_min and g_max and watch the most confused classes form groups, step by step with the merge stepper. &lt;i&gt;Save&lt;/i&gt; the hierarchy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HierNet&lt;/b&gt;: train the tree on that hierarchy, starting from the backbone's weights (&lt;i&gt;Paper defaults&lt;/i&gt; sets where it splits). The tree shows each node's accuracy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Explore&lt;/b&gt;: click a test image to see its route through the tree, every node's probabilities and where each node looked; the &lt;i&gt;Errors&lt;/i&gt; tab compares how bad the tree's mistakes are with the backbone's. &lt;i&gt;File › Export report…&lt;/i&gt; writes it all to a PDF.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt;: runs side by side; &lt;i&gt;Sweep…&lt;/i&gt; on the Grouping page trains HierNets over a grid of p_min and g_max, and this page sets their accuracy against the number of groups beside the same-budget backbone.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The same steps run without a window: &lt;tt&gt;hiernet reproduce --data fashion-mnist --out DIR&lt;/tt&gt; (see &lt;tt&gt;man hiernet&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte&lt;/h2&gt;&lt;p&gt;HierNet Studio baut ein HierNet: CNNs, als Baum angeordnet, der der Ähnlichkeit der Klassen folgt. Die Seiten links sind die Schritte, in der Reihenfolge ihrer Verwendung (Strg+1 … Strg+7); F1 erklärt die aktuelle Seite. Fashion-MNIST, zehn Arten von Kleidung in grauen 28×28-Bildern, ist von Anfang an geöffnet.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Daten&lt;/b&gt;: Klassen und Beispiele ansehen. &lt;i&gt;Datei › Datensatz öffnen&lt;/i&gt; öffnet CIFAR-10/100, IDX-Dateien oder einen Bildordner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backbone&lt;/b&gt;: das flache Netz trainieren. Mit dem Plan &lt;i&gt;quick&lt;/i&gt; erreicht ein ResNet-8 auf einem Laptop in wenigen Minuten etwa 90 %. Verfolgen Sie die Kurven; &lt;i&gt;Pause&lt;/i&gt; und &lt;i&gt;Stoppen&lt;/i&gt; behalten den Checkpoint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verwechslung&lt;/b&gt;: die Verwechslungswahrscheinlichkeitsmatrix des Backbones: welche Klassen es verwechselt (ein Hemd mit einem T-Shirt, einen Sneaker mit einer Stiefelette).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gruppierung&lt;/b&gt;: p_min und g_max verschieben und zusehen, wie die am meisten verwechselten Klassen Gruppen bilden, Schritt für Schritt mit der Schrittfolge. Die Hierarchie &lt;i&gt;speichern&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HierNet&lt;/b&gt;: den Baum auf dieser Hierarchie trainieren, ausgehend von den Gewichten des Backbones (&lt;i&gt;Werte des Artikels&lt;/i&gt; legt fest, wo er sich teilt). Der Baum zeigt die Genauigkeit jedes Knotens.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Erkunden&lt;/b&gt;: auf ein Testbild klicken, um seinen Weg durch den Baum zu sehen, die Wahrscheinlichkeiten jedes Knotens und wohin jeder Knoten schaute; der Reiter &lt;i&gt;Fehler&lt;/i&gt; vergleicht, wie schwer die Fehler des Baums gegenüber denen des Backbones sind. &lt;i&gt;Datei › Bericht exportieren…&lt;/i&gt; schreibt alles in ein PDF.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vergleichen&lt;/b&gt;: Läufe nebeneinander; &lt;i&gt;Sweep…&lt;/i&gt; auf der Seite Gruppierung trainiert HierNets über ein Raster von p_min und g_max, und diese Seite zeigt ihre Genauigkeit über der Zahl der Gruppen neben dem Backbone mit gleichem Budget.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Dieselben Schritte laufen ohne Fenster: &lt;tt&gt;hiernet reproduce --data fashion-mnist --out DIR&lt;/tt&gt; (siehe &lt;tt&gt;man hiernet&lt;/tt&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="509" />
        <source>&amp;Get dataset…</source>
        <translation>Datensatz &amp;holen…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="511" />
        <source>Download CIFAR-10 or CIFAR-100 (the official archives, or a mirror), check and unpack it</source>
        <translation>CIFAR-10 oder CIFAR-100 herunterladen (die offiziellen Archive oder ein Spiegel), prüfen und entpacken</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="694" />
        <source>Cannot continue %1: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="698" />
        <source>Export the sweep's report</source>
        <translation>Den Bericht des Sweeps exportieren</translation>
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
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="713" />
        <source>A sweep trains HierNets from a backbone run's CPM: open a finished backbone run first (File › Open run).</source>
        <translation>Ein Sweep trainiert HierNets aus der CPM eines Backbone-Laufs: öffnen Sie zuerst einen fertigen Backbone-Lauf (Datei › Lauf öffnen).</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="717" />
        <source>A sweep is training already; stop it on the Compare page first.</source>
        <translation>Ein Sweep trainiert bereits; stoppen Sie ihn zuerst auf der Seite Vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="735" />
        <source>Sweep in %1: %2</source>
        <translation>Sweep in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="738" />
        <source>The sweep failed: %1</source>
        <translation>Der Sweep ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="749" />
        <source>A sweep is training</source>
        <translation>Ein Sweep trainiert</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="750" />
        <source>Stop the sweep to close? The point in training keeps its checkpoint and the finished points are kept; hiernet sweep with the same options (or Sweep… with the same grid and folder) continues it.</source>
        <translation>Den Sweep zum Schließen stoppen? Der Punkt im Training behält seinen Checkpoint und die fertigen Punkte bleiben; hiernet sweep mit denselben Optionen (oder Sweep… mit demselben Raster und Ordner) setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="766" />
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="773" />
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="497" />
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="506" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="507" />
        <source>&amp;Open dataset…</source>
        <translation>Datensatz &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="512" />
        <source>Open &amp;run…</source>
        <translation>&amp;Lauf öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="513" />
        <source>Run directory</source>
        <translation>Laufverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="517" />
        <source>Open &amp;CPM file…</source>
        <translation>&amp;CPM-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="519" />
        <source>CPM file</source>
        <translation>CPM-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="519" />
        <source>CPM (*.json *.npy *.csv);;All files (*)</source>
        <translation>CPM (*.json *.npy *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="523" />
        <source>A confusion probability matrix from any model: cpm.json, a K×K NumPy .npy or CSV matrix (hiernet cpm --from-predictions makes one from a model's saved probabilities)</source>
        <translation>Eine Verwechslungswahrscheinlichkeitsmatrix eines beliebigen Modells: cpm.json, eine K×K-Matrix als NumPy-.npy oder CSV (hiernet cpm --from-predictions erstellt eine aus den gespeicherten Wahrscheinlichkeiten eines Modells)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="525" />
        <source>Recent &amp;runs</source>
        <translation>&amp;Zuletzt geöffnete Läufe</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="529" />
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="531" />
        <source>A finished HierNet run's report as PDF or HTML: configuration, curves, CPM, tree, accuracies, mistake severities and the most confident misrouted images</source>
        <translation>Der Bericht eines fertigen HierNet-Laufs als PDF oder HTML: Konfiguration, Kurven, CPM, Baum, Genauigkeiten, Fehlerschweren und die sichersten fehlgeleiteten Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="534" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="538" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="546" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="547" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="551" />
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="565" />
        <source>The language changes when HierNet Studio starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von HierNet Studio.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="569" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="570" />
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="572" />
        <source>Help for this &amp;page</source>
        <translation>Hilfe zu dieser &amp;Seite</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="575" />
        <source>&amp;About HierNet Studio</source>
        <translation>Ü&amp;ber HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="576" />
        <source>About HierNet Studio</source>
        <translation>Über HierNet Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="577" />
        <source>&lt;p&gt;&lt;b&gt;HierNet Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Hierarchical CNNs that follow the similarity of the classes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HierNet Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Hierarchische CNNs, die der Ähnlichkeit der Klassen folgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="599" />
        <location filename="../app/studio/window/MainWindow.cpp" line="644" />
        <source>Training is running</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="600" />
        <source>A training is running. Stop it (the run keeps its checkpoint and resumes from its page), or leave it training in the background (the hiernet command line takes over from the checkpoint; open the run again to follow it)?</source>
        <translation>Ein Training läuft. Anhalten (der Lauf behält seinen Checkpoint und lässt sich auf seiner Seite fortsetzen) oder im Hintergrund weitertrainieren lassen (die hiernet-Kommandozeile übernimmt ab dem Checkpoint; den Lauf wieder öffnen, um ihm zu folgen)?</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="605" />
        <source>Stop and keep the checkpoint</source>
        <translation>Anhalten und den Checkpoint behalten</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="607" />
        <source>Keep training in the background</source>
        <translation>Im Hintergrund weitertrainieren</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="645" />
        <source>Could not start the hiernet command line (%1) to go on with %2. The run is stopped with its checkpoint: resume it from its page or with hiernet %3.</source>
        <translation>Die hiernet-Kommandozeile (%1) ließ sich nicht starten, um %2 fortzusetzen. Der Lauf ist mit seinem Checkpoint angehalten: auf seiner Seite fortsetzen oder mit hiernet %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="647" />
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="651" />
        <source>%1 goes on in the background</source>
        <translation>%1 läuft im Hintergrund weiter</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::MergeStepper</name>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="42" />
        <source> merges/s</source>
        <translation> Vereinigungen/s</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="43" />
        <source>How fast Play steps through the merges</source>
        <translation>Wie schnell Abspielen durch die Vereinigungen geht</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="46" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="56" />
        <source>Merges:</source>
        <translation>Vereinigungen:</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57" />
        <source>|◀</source>
        <translation>|◀</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57" />
        <source>First: every class on its own</source>
        <translation>Erster Schritt: jede Klasse für sich</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58" />
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58" />
        <source>Previous merge</source>
        <translation>Vorige Vereinigung</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59" />
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59" />
        <source>Next merge</source>
        <translation>Nächste Vereinigung</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="61" />
        <source>▶|</source>
        <translation>▶|</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="61" />
        <source>Last: the grouping at this p_min</source>
        <translation>Letzter Schritt: die Gruppierung bei diesem p_min</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="62" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="67" />
        <source>Play the merges one after another (%1)</source>
        <translation>Die Vereinigungen nacheinander abspielen (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="133" />
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="154" />
        <source>Open a backbone run to step through its merges.</source>
        <translation>Öffnen Sie einen Backbone-Lauf, um seine Vereinigungen Schritt für Schritt zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="161" />
        <source>Step 0 of %1: every class is a group of its own (%2 groups).</source>
        <translation>Schritt 0 von %1: Jede Klasse ist eine eigene Gruppe (%2 Gruppen).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="164" />
        <source>proximity %1</source>
        <translation>Nähe %1</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="165" />
        <source>proximity %1 × (2 / %2)^%3 = %4</source>
        <translation>Nähe %1 × (2 / %2)^%3 = %4</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="170" />
        <source>Step %1 of %2: merge %3 with %4: %5 &gt; p_min %6, size %7 ≤ g_max %8 (%9 groups now).</source>
        <translation>Schritt %1 von %2: %3 mit %4 vereinigen: %5 &gt; p_min %6, Größe %7 ≤ g_max %8 (jetzt %9 Gruppen).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="185" />
        <source>It stops here: the closest pair left, %1 with %2, has proximity %3 ≤ p_min %4.</source>
        <translation>Hier endet es: Das nächste verbleibende Paar, %1 mit %2, hat die Nähe %3 ≤ p_min %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="191" />
        <source>It stops here: every pair left would make a group larger than g_max %1 (the smallest would have %2 classes).</source>
        <translation>Hier endet es: Jedes verbleibende Paar ergäbe eine Gruppe größer als g_max %1 (die kleinste hätte %2 Klassen).</translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="196" />
        <source>It stops here: every class is in one group.</source>
        <translation>Hier endet es: Alle Klassen sind in einer Gruppe.</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::OpenDatasetDialog</name>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="24" />
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="25" />
        <source>Fashion-MNIST (Debian package)</source>
        <translation>Fashion-MNIST (Debian-Paket)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="26" />
        <source>IDX files (MNIST layout)</source>
        <translation>IDX-Dateien (MNIST-Aufbau)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="27" />
        <source>CIFAR-10 binary</source>
        <translation>CIFAR-10 (binär)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="28" />
        <source>CIFAR-100 binary</source>
        <translation>CIFAR-100 (binär)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="29" />
        <source>Image folders (one per class)</source>
        <translation>Bildordner (einer je Klasse)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="35" />
        <source>%1 (downloaded)</source>
        <translation>%1 (heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="43" />
        <source>The dataset's format; downloaded datasets are listed by name</source>
        <translation>Das Format des Datensatzes; heruntergeladene Datensätze stehen mit ihrem Namen in der Liste</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="44" />
        <source>The folder holding the dataset's files</source>
        <translation>Der Ordner mit den Dateien des Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="54" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="56" />
        <source>Dataset folder</source>
        <translation>Ordner des Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="68" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="69" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RouteInspector</name>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="25" />
        <location filename="../app/studio/explore/RouteInspector.cpp" line="121" />
        <source>Click an image to see its route through the tree.</source>
        <translation>Klicken Sie auf ein Bild, um seinen Weg durch den Baum zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="37" />
        <source>The Grad-CAM map drawn over the image: where a node looked for one of its outputs (red: most)</source>
        <translation>Die über das Bild gelegte Grad-CAM-Karte: wohin ein Knoten für eine seiner Ausgaben schaute (rot: am meisten)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="40" />
        <source>Opacity of the map over the image</source>
        <translation>Deckkraft der Karte über dem Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="42" />
        <source>Colour scale: each map from zero (dark blue) to its own peak (dark red)</source>
        <translation>Farbskala: jede Karte von null (dunkelblau) bis zu ihrem eigenen Höchstwert (dunkelrot)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="49" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="50" />
        <source>Save the route inspector as PNG or PDF</source>
        <translation>Die Weg-Ansicht als PNG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="52" />
        <source>Map over the image</source>
        <translation>Karte über dem Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="55" />
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="59" />
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="61" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="113" />
        <location filename="../app/studio/explore/RouteInspector.cpp" line="223" />
        <source>No map</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="152" />
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="154" />
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="156" />
        <source>chosen, true</source>
        <translation>gewählt, wahr</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="185" />
        <source>&lt;b&gt;%1&lt;/b&gt; looking for &lt;b&gt;%2&lt;/b&gt; (%3): p = %4&lt;br&gt;&lt;small&gt;%5, %6×%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sucht nach &lt;b&gt;%2&lt;/b&gt; (%3): p = %4&lt;br&gt;&lt;small&gt;%5, %6×%7&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="207" />
        <source>Where %1 looked for %2 (%3; p = %4). Click to draw it over the image.</source>
        <translation>Wohin %1 nach %2 schaute (%3; p = %4). Klicken, um es über das Bild zu legen.</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="225" />
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="233" />
        <source>Backbone (for comparison): its prediction and the true class</source>
        <translation>Backbone (zum Vergleich): seine Vorhersage und die wahre Klasse</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="252" />
        <source>&lt;b&gt;%1&lt;/b&gt; (your image)&lt;br&gt;backbone: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Ihr Bild)&lt;br&gt;Backbone: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="254" />
        <source>&lt;b&gt;%1&lt;/b&gt; (your image)&lt;br&gt;fast (routing): &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;slow (conditional): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Ihr Bild)&lt;br&gt;schnell (Routing): &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;langsam (bedingt): %3</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="266" />
        <source>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;true class: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;backbone: &lt;b style='color:%3'&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bild %1&lt;/b&gt;&lt;br&gt;wahre Klasse: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Backbone: &lt;b style='color:%3'&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="269" />
        <source>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;true class: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast (routing): &lt;b style='color:%3'&gt;%4&lt;/b&gt;&lt;br&gt;slow (conditional): %5</source>
        <translation>&lt;b&gt;Bild %1&lt;/b&gt;&lt;br&gt;wahre Klasse: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;schnell (Routing): &lt;b style='color:%3'&gt;%4&lt;/b&gt;&lt;br&gt;langsam (bedingt): %5</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="277" />
        <source>&lt;br&gt;the route left the true path at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;der Weg verließ den wahren Pfad bei &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="279" />
        <source>&lt;br&gt;right group, wrong class inside it</source>
        <translation>&lt;br&gt;richtige Gruppe, falsche Klasse darin</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="304" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="308" />
        <source>on both paths</source>
        <translation>auf beiden Pfaden</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="308" />
        <source>route taken</source>
        <translation>gewählter Weg</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="313" />
        <source>true path, not visited</source>
        <translation>wahrer Pfad, nicht besucht</translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="317" />
        <source>Conditional top-5 (slow)</source>
        <translation>Bedingte Top-5 (langsam)</translation>
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
        <translation>%1: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunMonitor</name>
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
        <translation>Noch kein Lauf: Starten Sie einen oder öffnen Sie einen Laufordner.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="60" />
        <source>Waiting for %1…</source>
        <translation>Warte auf %1…</translation>
    </message>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="21" />
        <source>val conditional (slow)</source>
        <translation>Val. bedingt (langsam)</translation>
    </message>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="22" />
        <source>val routing (fast)</source>
        <translation>Val. Routing (schnell)</translation>
    </message>
    <message>
        <location filename="../app/adapters/CurveFeed.cpp" line="29" />
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="140" />
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="143" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="152" />
        <source>Iteration %1 / %2 · epoch %3 · loss %4 · %5 images/s</source>
        <translation>Iteration %1 / %2 · Epoche %3 · Verlust %4 · %5 Bilder/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/training/RunMonitor.cpp" line="159" />
        <source> · %n processes (%1)</source>
        <translation>
            <numerusform> · %n Prozess (%1)</numerusform>
            <numerusform> · %n Prozesse (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="161" />
        <source> · GPU memory %1 GiB</source>
        <translation> · GPU-Speicher %1 GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="163" />
        <source> · ETA %1</source>
        <translation> · Restzeit %1</translation>
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
        <translation>kein %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="52" />
        <source>%1 epochs</source>
        <translation>%1 Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="54" />
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="56" />
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Val top-1</source>
        <translation>Val. Top-1</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="170" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="171" />
        <source>The settings that differ between the listed runs</source>
        <translation>Die Einstellungen, in denen sich die aufgeführten Läufe unterscheiden</translation>
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
        <translation>Backbone, gleiches Budget</translation>
    </message>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="17" />
        <source>HierNet fast</source>
        <translation>HierNet schnell</translation>
    </message>
    <message>
        <location filename="../app/adapters/SeverityRows.cpp" line="19" />
        <source>HierNet slow</source>
        <translation>HierNet langsam</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::SweepDialog</name>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="30" />
        <source>Sweep the grouping</source>
        <translation>Die Gruppierung durchmustern</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="34" />
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="35" />
        <source>Each HierNet trains this long on the quick schedule (the same-budget backbone as long)</source>
        <translation>Jedes HierNet trainiert so lange nach dem Plan quick (das Backbone mit gleichem Budget ebenso lange)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="40" />
        <source>p_min values, separated by commas</source>
        <translation>p_min-Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="41" />
        <source>g_max values, separated by commas</source>
        <translation>g_max-Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="42" />
        <source>Balance-aware grouping's α values, separated by commas (0: the paper's rule)</source>
        <translation>α-Werte der ausgleichenden Gruppierung, durch Kommas getrennt (0: die Regel des Artikels)</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="43" />
        <source>The sweep's folder: a new one, or the folder of the same sweep to continue it</source>
        <translation>Der Ordner des Sweeps: ein neuer oder der Ordner desselben Sweeps, um ihn fortzusetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="47" />
        <source>Backbone run</source>
        <translation>Backbone-Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="48" />
        <source>p_min values</source>
        <translation>p_min-Werte</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="49" />
        <source>g_max values</source>
        <translation>g_max-Werte</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="50" />
        <source>Balance α values</source>
        <translation>Ausgleichs-α-Werte</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="51" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="52" />
        <source>Sweep folder</source>
        <translation>Sweep-Ordner</translation>
    </message>
    <message>
        <location filename="../app/studio/compare/SweepDialog.cpp" line="55" />
        <source>Queue the sweep</source>
        <translation>Sweep einreihen</translation>
    </message>
</context>
<context>
    <name>hiernet::studio::TrainingPage</name>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="67" />
        <source>quick (CPU, epochs below)</source>
        <translation>quick (CPU, Epochen unten)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="68" />
        <source>paper (64k iterations, GPU)</source>
        <translation>paper (64k Iterationen, GPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="69" />
        <source>reference (GPU)</source>
        <translation>reference (GPU)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="72" />
        <source>flip + translate (paper)</source>
        <translation>Spiegeln + Verschieben (Artikel)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="74" />
        <source>flip</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="74" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="489" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="80" />
        <source>channels-last</source>
        <translation>channels-last</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="73" />
        <source>flip + sub-pixel translate (paper's code)</source>
        <translation>Spiegeln + Verschieben um Subpixel (Code des Artikels)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="81" />
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="82" />
        <source>CUDA graph</source>
        <translation>CUDA-Graph</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="85" />
        <source>Start</source>
        <translation>Starten</translation>
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
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="88" />
        <source>Resume selected</source>
        <translation>Gewählten fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="154" />
        <source>Weights and batches in NHWC memory order (faster convolutions on GPUs; same results).</source>
        <translation>Gewichte und Batches in NHWC-Speicherordnung (schnellere Faltungen auf GPUs; gleiche Ergebnisse).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="155" />
        <source>Forward pass under bf16 autocast; loss and SGD stay in fp32 (same training up to rounding).</source>
        <translation>Vorwärtsdurchlauf unter bf16-Autocast; Verlust und SGD bleiben in fp32 (gleiches Training bis auf Rundung).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="156" />
        <source>Capture the whole training step once as a CUDA graph and replay it (CUDA only).</source>
        <translation>Den ganzen Trainingsschritt einmal als CUDA-Graph aufnehmen und wiederholen (nur CUDA).</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="157" />
        <source>Learning-rate schedule: quick (a short cosine for a CPU), paper (He et al., 64k iterations) or reference (the paper's code, 200 epochs); the last two are for a GPU</source>
        <translation>Lernratenplan: quick (kurzer Kosinus für eine CPU), paper (He et al., 64k Iterationen) oder reference (der Code des Artikels, 200 Epochen); die letzten beiden sind für eine GPU</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="159" />
        <source>How many passes over the train set the quick schedule makes</source>
        <translation>Wie viele Durchgänge über die Trainingsdaten der quick-Plan macht</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="161" />
        <source>Random changes to each training image: horizontal flips, and shifts of up to 12.5 % as in the paper</source>
        <translation>Zufällige Änderungen jedes Trainingsbilds: waagerechtes Spiegeln und Verschiebungen um bis zu 12,5 % wie im Artikel</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="162" />
        <source>Images per training step (the paper: 128)</source>
        <translation>Bilder je Trainingsschritt (der Artikel: 128)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="163" />
        <source>Where the network trains: the CPU or a CUDA GPU</source>
        <translation>Wo das Netz trainiert: auf der CPU oder einer CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="164" />
        <source>Seeds the weights, the order of the images and the augmentation: the same seed gives the same run</source>
        <translation>Bestimmt Gewichte, Reihenfolge der Bilder und Augmentierung: derselbe Seed ergibt denselben Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="165" />
        <source>Start a new run in the runs folder with these settings</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen im Laufordner starten</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="166" />
        <source>Pause the training after the current step (press again to go on)</source>
        <translation>Das Training nach dem aktuellen Schritt anhalten (erneut drücken zum Fortfahren)</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="167" />
        <source>Stop the training after the current step; the run keeps a checkpoint and can be resumed</source>
        <translation>Das Training nach dem aktuellen Schritt beenden; der Lauf behält einen Checkpoint und kann fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="168" />
        <source>Continue the run selected in the list from its checkpoint</source>
        <translation>Den in der Liste gewählten Lauf ab seinem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="184" />
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="185" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="186" />
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="187" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="188" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="190" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="196" />
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="197" />
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="198" />
        <source>Choose the folder new runs are written to</source>
        <translation>Den Ordner wählen, in den neue Läufe geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="203" />
        <source>Runs folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="219" />
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="223" />
        <source>Open run folder…</source>
        <translation>Laufordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="224" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="225" />
        <source>Follow a run directory, e.g. one a hiernet command line is writing</source>
        <translation>Einem Laufverzeichnis folgen, z. B. einem, das eine hiernet-Kommandozeile schreibt</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="226" />
        <source>Read the runs folder again</source>
        <translation>Den Laufordner neu einlesen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="268" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="278" />
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="278" />
        <source>Could not start the run in %1:
%2</source>
        <translation>Der Lauf in %1 konnte nicht gestartet werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="291" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="349" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="291" />
        <source>Could not resume %1:
%2</source>
        <translation>%1 konnte nicht fortgesetzt werden:
%2</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="316" />
        <location filename="../app/studio/training/TrainingPage.cpp" line="325" />
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="317" />
        <source>%1 is not a run directory: it has no run.json. Choose a folder made by the studio or by the hiernet command line.</source>
        <translation>%1 ist kein Laufverzeichnis: Es enthält kein run.json. Wählen Sie einen Ordner, den das Studio oder die hiernet-Kommandozeile angelegt hat.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="396" />
        <source>Training diverged</source>
        <translation>Training divergiert</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="397" />
        <source>%1
The last good checkpoint is kept in %2. Try a lower learning rate or another seed.</source>
        <translation>%1
Der letzte gute Checkpoint bleibt in %2. Versuchen Sie eine kleinere Lernrate oder einen anderen Seed.</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="408" />
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="408" />
        <source>The run in %1 failed:
%2</source>
        <translation>Der Lauf in %1 ist fehlgeschlagen:
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
        <location filename="../app/studio/training/TrainingPage.cpp" line="491" />
        <source>%1 · %2 · %3 GiB</source>
        <translation>%1 · %2 · %3 GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="498" />
        <source>No GPU: %1. Training runs on the CPU.</source>
        <translation>Keine GPU: %1. Das Training läuft auf der CPU.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/training/TrainingPage.cpp" line="499" />
        <source>%n GPU(s) with CUDA.</source>
        <translation>
            <numerusform>%n GPU mit CUDA.</numerusform>
            <numerusform>%n GPUs mit CUDA.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="527" />
        <source>Run directory</source>
        <translation>Laufverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="534" />
        <source>Folder for new runs</source>
        <translation>Ordner für neue Läufe</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="110" />
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="111" />
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="115" />
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="116" />
        <source>Show the whole matrix. Wheel: zoom; drag: pan; Shift+drag: zoom into a rectangle</source>
        <translation>Die ganze Matrix zeigen. Mausrad: zoomen; Ziehen: verschieben; Umschalt+Ziehen: in ein Rechteck zoomen</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="274" />
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="347" />
        <source>No CPM open:
open a backbone run
or a CPM file.</source>
        <translation>Keine CPM geöffnet:
öffnen Sie einen Backbone-Lauf
oder eine CPM-Datei.</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::CoverageCurve</name>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="33" />
        <source>coverage (answered at a class) %</source>
        <translation>Abdeckung (mit einer Klasse beantwortet) %</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="34" />
        <source>leaf accuracy %</source>
        <translation>Blattgenauigkeit %</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="35" />
        <source>threshold τ</source>
        <translation>Schwelle τ</translation>
    </message>
    <message>
        <location filename="../widgets/CoverageCurve.cpp" line="36" />
        <source>mean severity</source>
        <translation>mittlere Schwere</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::Dendrogram</name>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="74" />
        <source>Drag to move the p_min cut · wheel: zoom · Shift+drag or middle button: pan · right-click a link: collapse or expand its subtree</source>
        <translation>Ziehen verschiebt den p_min-Schnitt · Mausrad: zoomen · Umschalt+Ziehen oder mittlere Taste: verschieben · Rechtsklick auf eine Verbindung: ihren Teilbaum ein- oder ausklappen</translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="390" />
        <source>proximity</source>
        <translation>Nähe</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/Dendrogram.cpp" line="453" />
        <source>%n classes</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="494" />
        <source>No CPM open:
open a backbone run or a CPM file
to see its merges.</source>
        <translation>Keine CPM geöffnet:
ein Backbone-Training oder eine CPM-Datei öffnen,
um ihre Vereinigungen zu sehen.</translation>
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
            <numerusform>Diesen Teilbaum ausklappen (%n Klasse)</numerusform>
            <numerusform>Diesen Teilbaum ausklappen (%n Klassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/Dendrogram.cpp" line="582" />
        <source>Collapse this subtree (%n classes)</source>
        <translation>
            <numerusform>Diesen Teilbaum einklappen (%n Klasse)</numerusform>
            <numerusform>Diesen Teilbaum einklappen (%n Klassen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="585" />
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="587" />
        <source>Show all leaves</source>
        <translation>Alle Blätter zeigen</translation>
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
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::GroupSizeHistogram</name>
    <message>
        <location filename="../widgets/GroupSizeHistogram.cpp" line="23" />
        <source>classes in a group</source>
        <translation>Klassen in einer Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/GroupSizeHistogram.cpp" line="24" />
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::RunCurves</name>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="25" />
        <source>validation top-1 %</source>
        <translation>Validierung Top-1 %</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="26" />
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="59" />
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../widgets/RunCurves.cpp" line="59" />
        <source>training time (minutes)</source>
        <translation>Trainingszeit (Minuten)</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::SeverityChart</name>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="18" />
        <source>mistake severity</source>
        <translation>Fehlerschwere</translation>
    </message>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="19" />
        <source>% of the images</source>
        <translation>% der Bilder</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::SweepChart</name>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="18" />
        <source>test top-1 (fast) %</source>
        <translation>Test-Top-1 (schnell) %</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="23" />
        <source>number of groups</source>
        <translation>Zahl der Gruppen</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="66" />
        <source>g_max %1</source>
        <translation>g_max %1</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="83" />
        <source>backbone, same budget</source>
        <translation>Backbone, gleiches Budget</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="84" />
        <source>backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="96" />
        <source>the paper's p_min, g_max</source>
        <translation>p_min, g_max des Artikels</translation>
    </message>
    <message>
        <location filename="../widgets/SweepChart.cpp" line="135" />
        <source>%1: %2 groups, %3 %</source>
        <translation>%1: %2 Gruppen, %3 %</translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::TrainingCurves</name>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="79" />
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="102" />
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="149" />
        <source>HierNet Studio: hierarchical CNNs that follow class similarity.</source>
        <translation>HierNet Studio: hierarchische CNNs, die der Ähnlichkeit der Klassen folgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90" />
        <source>Dataset to open (fashion-mnist, cifar10:DIR, …).</source>
        <translation>Zu öffnender Datensatz (fashion-mnist, cifar10:DIR, …).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="92" />
        <source>Render the window offscreen to FILE.png and exit.</source>
        <translation>Das Fenster unsichtbar nach FILE.png zeichnen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="97" />
        <source>CPU threads for LibTorch (default: all cores).</source>
        <translation>CPU-Threads für LibTorch (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="99" />
        <source>Run directory to open: a backbone run (curves, CPM, grouping) or a HierNet run (curves, tree, Explore).</source>
        <translation>Zu öffnendes Laufverzeichnis: ein Backbone-Lauf (Kurven, CPM, Gruppierung) oder ein HierNet-Lauf (Kurven, Baum, Erkunden).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="103" />
        <source>Explore filter for a HierNet run: all, correct, misrouted, wrong-in-group, disagree, stopped.</source>
        <translation>Erkunden-Filter für einen HierNet-Lauf: all, correct, misrouted, wrong-in-group, disagree, stopped.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="116" />
        <source>Explore: the tab to show (route, errors, scores, coarse).</source>
        <translation>Erkunden: der anzuzeigende Reiter (route, errors, scores, coarse).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="119" />
        <source>Explore: τ of the routing that stops at a group when unsure (0 … 1).</source>
        <translation>Erkunden: τ des Routings, das bei Unsicherheit an einer Gruppe anhält (0 … 1).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="122" />
        <source>Confusion: open the images of a cell on Explore as a click does — TRUE:PREDICTED (class indices) and the answers, :backbone (default), :fast or :slow.</source>
        <translation>Verwechslung: die Bilder einer Zelle auf Erkunden öffnen wie ein Klick — WAHR:VORHERGESAGT (Klassenindizes) und die Antworten, :backbone (Standard), :fast oder :slow.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="127" />
        <source>Explore (a run given to --run): route your own image files or folders (separated by commas) as a drop does.</source>
        <translation>Erkunden (ein Lauf bei --run): eigene Bilddateien oder Ordner (durch Kommas getrennt) leiten, wie es ein Ablegen tut.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="131" />
        <source>Compare (a sweep folder given to --run): the tab to show (curves, table, chart).</source>
        <translation>Vergleichen (ein Sweep-Ordner bei --run): der anzuzeigende Reiter (curves, table, chart).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="134" />
        <source>CPM file to open on the Confusion and Grouping pages: cpm.json, or a K×K .npy or CSV matrix.</source>
        <translation>CPM-Datei für die Seiten Konfusion und Gruppierung: cpm.json oder eine K×K-Matrix als .npy oder CSV.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="138" />
        <source>Grouping: find this class and centre it in every view.</source>
        <translation>Gruppierung: diese Klasse suchen und in jeder Ansicht zentrieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="140" />
        <source>Measure the Grouping page at N classes offscreen (opening the CPM given to --cpm, or a synthetic one; p_min steps; a search) and print the times and the peak memory as JSON.</source>
        <translation>Die Seite Gruppierung bei N Klassen ohne Bildschirm messen (die mit --cpm angegebene CPM oder eine synthetische öffnen; p_min-Schritte; eine Suche) und die Zeiten und den Spitzenspeicher als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="107" />
        <source>Explore: image of the filtered list to inspect (its position, from 0).</source>
        <translation>Erkunden: das zu untersuchende Bild der gefilterten Liste (seine Position, ab 0).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="94" />
        <source>Page to show (data, backbone, confusion, grouping, hiernet, explore, compare).</source>
        <translation>Anzuzeigende Seite (data, backbone, confusion, grouping, hiernet, explore, compare).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="110" />
        <source>Grouping: show this step of the merge stepper (0 = every class alone).</source>
        <translation>Gruppierung: diesen Schritt der Schrittfolge zeigen (0 = jede Klasse allein).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="113" />
        <source>Explore: show only images whose fast prediction has this mistake severity.</source>
        <translation>Erkunden: nur Bilder zeigen, deren schnelle Vorhersage diese Fehlerschwere hat.</translation>
    </message>
</context>
</TS>
