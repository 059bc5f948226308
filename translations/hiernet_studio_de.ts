<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="43"/>
        <source>%1: &apos;%2&apos; is not a whole number (write e.g. 2 or 2,5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::BackbonePage</name>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="15"/>
        <source>New backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="16"/>
        <source>(none loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="17"/>
        <source>ResNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="17"/>
        <source>ELU-ResNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="21"/>
        <source>n = %1 (%2 layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="25"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="26"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="27"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="34"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/BackbonePage.cpp" line="40"/>
        <source>No dataset is loaded. Open one on the Data page first (File › Open dataset).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ConfusionPage</name>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="29"/>
        <source>Open a backbone run (its cpm.json) to see its confusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="31"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="32"/>
        <source>Order by grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="36"/>
        <source>Confusion probability matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="36"/>
        <source>Hard confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="42"/>
        <source>Open run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="43"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="51"/>
        <source>p_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="53"/>
        <source>g_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="120"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="120"/>
        <source>mean probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="151"/>
        <source>Backbone run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="153"/>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="153"/>
        <source>Choose a run directory that holds cpm.json (hiernet cpm RUNDIR writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="158"/>
        <source>Export heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="158"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="160"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/ConfusionPage.cpp" line="160"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::DataPage</name>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="28"/>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="33"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="36"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="36"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="36"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="36"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="60"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="77"/>
        <source>%1 classes · images %2×%3×%4 (C×H×W) · train %5 · validation %6 · test %7 · channel mean %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="86"/>
        <source>Source: %1 · validation/test: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="88"/>
        <source>%1 coarse classes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="111"/>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/DataPage.cpp" line="112"/>
        <source>Choose another dataset with File ▸ Open dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ErrorOverview</name>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="32"/>
        <source>Mistake severity: the height of the lowest common ancestor of the true and the predicted class in the hierarchy (0 = right, 1 = the right group, higher = a worse mistake). Click a severity column to show the images whose fast prediction has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="39"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="39"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="39"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="39"/>
        <source>Left the true path here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="45"/>
        <source>Rows: the true child; columns: the child the node chose. Click a cell to show those images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="46"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="51"/>
        <source>Confusion at node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="79"/>
        <source>%1 · %2 images · routing (fast) top-1 %3 % · conditional (slow) top-1 %4 % · misrouted %5 · wrong class in the right group %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="113"/>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="114"/>
        <source>HierNet fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="115"/>
        <source>HierNet slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="116"/>
        <source>How bad the mistakes are, in this run&apos;s hierarchy (severity 0 = right … %1 = across the root), beside the backbone it was transferred from, on the same images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="119"/>
        <source>How bad the mistakes are, in this run&apos;s hierarchy (severity 0 = right … %1 = across the root). The backbone&apos;s run is not at hand, so there is no backbone row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="122"/>
        <source>Top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="122"/>
        <source>Mean severity of a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="122"/>
        <source>Mean severity of an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="124"/>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ErrorOverview.cpp" line="186"/>
        <source>true %1, chose %2: %3 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::EvaluatedImagesModel</name>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="64"/>
        <source>Image %1
true: %2
fast: %3 (%4)
slow: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="70"/>
        <source>
left the true path at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/EvaluatedImagesModel.cpp" line="74"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::ExplorePage</name>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="35"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="38"/>
        <source>Open a trained HierNet run to explore how its test images are routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="45"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="56"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="57"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="63"/>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="64"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="65"/>
        <source>Misrouted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="66"/>
        <source>Wrong class in the right group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="67"/>
        <source>Fast and slow disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="68"/>
        <source>by index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="69"/>
        <source>least confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="70"/>
        <source>most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="71"/>
        <source>Clear the confusion-cell filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="72"/>
        <source>Mistake severity of the fast prediction: the height of the lowest common ancestor of the true and the predicted class (0 = right, 1 = the right group, the tree&apos;s height = across the root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="75"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="76"/>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="90"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="319"/>
        <source>HierNet run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="93"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="99"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="101"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="103"/>
        <source>left the path at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="105"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="107"/>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="114"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="115"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="135"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="144"/>
        <source>Could not open the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="196"/>
        <source>Loading %1 and evaluating its %2 split (once per checkpoint; cached in the run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="212"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="220"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="215"/>
        <source>0: right (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="216"/>
        <source>%1: across the root (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="224"/>
        <source>any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="217"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="227"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="232"/>
        <source>No backbone maps or severities to compare with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="234"/>
        <source>%1 · %2 images · fast %3 % · slow %4 %%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="239"/>
        <source> · evaluation read from the run&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="277"/>
        <source>%1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="281"/>
        <source>at %1: true %2, chose %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="326"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="328"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="335"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="326"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="328"/>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="335"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="333"/>
        <source>Export the filtered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/ExplorePage.cpp" line="333"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingPage</name>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="75"/>
        <source>Open a backbone run (its cpm.json) to group its classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="89"/>
        <source>The CPM in the order of the groups at this step; the two groups the step merges are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="92"/>
        <source>Balance α: pairs are ranked by proximity × (2 / size of the union)^α, so large groups need closer pairs; 0 is the paper&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="96"/>
        <source>Worked out from the CPM alone, before any HierNet is trained: the share of each group&apos;s CPM mass that stays inside it is the backbone&apos;s own chance to route an image of it right at the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="102"/>
        <source>p_min on a log scale from 1e-5 to 2: groups merge while their proximity is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="104"/>
        <source>g_max: the largest group the grouping may make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="105"/>
        <source>further levels, e.g. 0.05:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="106"/>
        <source>Deeper trees: each P:G regroups inside every group of the level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="122"/>
        <source>Open run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="125"/>
        <source>p_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="128"/>
        <source>g_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="130"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="132"/>
        <source>Balance α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="136"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="138"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="147"/>
        <source>Merge groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="148"/>
        <source>Merge the selected groups into the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="149"/>
        <source>Split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="150"/>
        <source>Move the selected classes of one group into a new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="151"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="152"/>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="154"/>
        <source>Hierarchy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="155"/>
        <source>Dataset&apos;s coarse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="157"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="159"/>
        <source>With a hierarchy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="160"/>
        <source>With the dataset&apos;s coarse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="162"/>
        <source>Save hierarchy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="176"/>
        <source>Groups (drag a class onto a group; double-click a group to rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="250"/>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="376"/>
        <source>&lt;b&gt;What the CPM promises&lt;/b&gt;: root accuracy ≈ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="378"/>
        <source> (%1 % of the validation images were predicted inside their group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="379"/>
        <source> · group sizes %1 to %2, entropy %3 bits, balance %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="385"/>
        <source> · adjusted Rand index %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="390"/>
        <source>%1 % stays inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="490"/>
        <source>Select one group to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="494"/>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="494"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="358"/>
        <source>%1 first-level groups (sizes %2) · %3 leaf groups · depth %4 · balance %5 · from %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="418"/>
        <source>Nothing to compare yet: open a run or load a hierarchy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="426"/>
        <source>the coarse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="453"/>
        <source>Compared with &lt;b&gt;%1&lt;/b&gt;: adjusted Rand index %2 (leaf groups), %3 (first level). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="458"/>
        <source>No class moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="462"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="466"/>
        <source>1 class moved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="466"/>
        <source>%1 classes moved: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="438"/>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="502"/>
        <source>Backbone run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="509"/>
        <source>Load hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="509"/>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="516"/>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="529"/>
        <source>Hierarchy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="516"/>
        <source>Compare with hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="524"/>
        <source>Nothing to save yet: open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingPage.cpp" line="529"/>
        <source>Save hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::GroupingSession</name>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="45"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="72"/>
        <source>%1 · %2 classes · split %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="74"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="182"/>
        <source>grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="200"/>
        <source>Levels &apos;%1&apos;: %2. Write levels as P:G pairs separated by commas, e.g. 0.05:5,0.1:3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="203"/>
        <source>Regroup at p_min %1, g_max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="305"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="306"/>
        <source>Move %1 classes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="307"/>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="325"/>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="344"/>
        <source>hand edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="310"/>
        <source>Cannot move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="317"/>
        <source>Select two or more groups to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="325"/>
        <source>Merge %1 groups into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="328"/>
        <source>Cannot merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="335"/>
        <source>Select the classes to split off into a new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="341"/>
        <source>the selected classes are in different groups; select classes of one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="343"/>
        <source>Split %1 classes off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="347"/>
        <source>Cannot split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="362"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="365"/>
        <source>Cannot rename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="372"/>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="375"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="377"/>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="384"/>
        <source>no dataset is loaded; open one on the Data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="387"/>
        <source>the dataset&apos;s classes are not the CPM&apos;s; open the run trained on this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="394"/>
        <source>Use coarse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="394"/>
        <source>coarse labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="397"/>
        <source>Cannot use coarse labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="404"/>
        <source>Nothing to save yet: open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="408"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/GroupingSession.cpp" line="412"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierNetPage</name>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="59"/>
        <source>New HierNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="64"/>
        <source>Start from the backbone&apos;s weights (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="65"/>
        <source>Leaf classifiers start from the backbone&apos;s FC rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="67"/>
        <source>Run sibling branches as one grouped network (faster, same results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="79"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="80"/>
        <source> iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="81"/>
        <source>Train the root network (stem, edge, classifier) on the group labels first, with the main schedule, as the paper&apos;s code does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="82"/>
        <source>Backbone block after which each level&apos;s branches start (one number per level below the root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="83"/>
        <source>Additional backbone blocks in each node&apos;s classifier, per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="88"/>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="89"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="90"/>
        <source>Paper defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="101"/>
        <source>split after block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="103"/>
        <source>extra blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="106"/>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="328"/>
        <source>Backbone run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="107"/>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="335"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="109"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="112"/>
        <source>Root pre-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="228"/>
        <source>Choose a backbone run (train one on the Backbone page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="230"/>
        <source>%1 is not a backbone run (no run.json of kind backbone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="232"/>
        <source>%1 on %2, %3 classes, status %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="237"/>
        <source>Choose a hierarchy file (save one on the Grouping page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="240"/>
        <source> · hierarchy: %1 first-level groups, depth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="243"/>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="268"/>
        <source>split points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="243"/>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="268"/>
        <source>additional blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="309"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="335"/>
        <source>Hierarchy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="355"/>
        <source>Validation top-1: HierNet fast %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="359"/>
        <source> · root %1 % (the CPM promised %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="367"/>
        <source> · its backbone %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="373"/>
        <source> · the backbone trained on for the same %1 iterations %2 % (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/hiernet/HierNetPage.cpp" line="380"/>
        <source> · no same-budget backbone yet: hiernet train-backbone --continue-from %1 --iterations %2 --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::HierarchyModel</name>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="114"/>
        <source>%1 (1 class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="115"/>
        <source>%1 (%2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/HierarchyModel.cpp" line="116"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="51"/>
        <location filename="../app/studio/window/MainWindow.cpp" line="196"/>
        <source>HierNet Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="61"/>
        <source>1  Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="62"/>
        <source>2  Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="63"/>
        <source>3  Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="64"/>
        <source>4  Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="65"/>
        <source>5  HierNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="66"/>
        <source>6  Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="85"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="94"/>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="99"/>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="104"/>
        <source>Training in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="111"/>
        <source>HierNet training in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="122"/>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="127"/>
        <location filename="../app/studio/window/MainWindow.cpp" line="307"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="127"/>
        <source>Could not make the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="177"/>
        <source>%1 is not a run folder: it has no readable run.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="196"/>
        <source>%1 — HierNet Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="233"/>
        <source>%1  (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="241"/>
        <source>(no runs opened yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="248"/>
        <source>&lt;h3&gt;1 Data&lt;/h3&gt;&lt;p&gt;The dataset everything else trains on: its classes, how many images each has, and samples. Fashion-MNIST opens by default; &lt;i&gt;File › Open dataset&lt;/i&gt; (Ctrl+O) opens CIFAR-10/100 binaries, IDX files or an image folder.&lt;/p&gt;&lt;p&gt;Next: train a backbone on it (Ctrl+2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="252"/>
        <source>&lt;h3&gt;2 Backbone&lt;/h3&gt;&lt;p&gt;Train the flat network whose confusions the tree follows. Choose the architecture, depth and schedule (&lt;i&gt;quick&lt;/i&gt; is for a CPU), then &lt;i&gt;Start&lt;/i&gt;. Curves grow as it trains; &lt;i&gt;Pause&lt;/i&gt; and &lt;i&gt;Stop&lt;/i&gt; keep the checkpoint, &lt;i&gt;Resume selected&lt;/i&gt; goes on. Selecting a run in the list shows its settings in the form.&lt;/p&gt;&lt;p&gt;When it finishes, its confusion probability matrix opens on the next page (Ctrl+3).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="257"/>
        <source>&lt;h3&gt;3 Confusion&lt;/h3&gt;&lt;p&gt;The backbone&apos;s confusion probability matrix (CPM): how much probability each true class gives each predicted class, on the validation images. Rows and columns follow the grouping, and the groups are outlined. Hover a cell for its value.&lt;/p&gt;&lt;p&gt;Next: form the groups (Ctrl+4).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="261"/>
        <source>&lt;h3&gt;4 Grouping&lt;/h3&gt;&lt;p&gt;Move p_min (the least proximity two groups need to merge) and g_max (the largest group) and watch the groups form, as the paper&apos;s rule merges the most confused groups first. Edit by hand if you like (drag, merge, split, rename; Ctrl+Z undoes), then &lt;i&gt;Save&lt;/i&gt; the hierarchy.&lt;/p&gt;&lt;p&gt;Next: train a HierNet on it (Ctrl+5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="266"/>
        <source>&lt;h3&gt;5 HierNet&lt;/h3&gt;&lt;p&gt;Train the tree of CNNs: the backbone run and the saved hierarchy are filled in; &lt;i&gt;Paper defaults&lt;/i&gt; sets where the tree splits. The curves add the conditional (slow) and routing (fast) accuracy, and the tree shows each node&apos;s accuracy.&lt;/p&gt;&lt;p&gt;When it finishes, its test images open on the Explore page (Ctrl+6).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="271"/>
        <source>&lt;h3&gt;6 Explore&lt;/h3&gt;&lt;p&gt;The trained HierNet&apos;s test images, framed by outcome (right, misrouted, wrong class in the right group). Filter and sort them; click one to see its route through the tree with every node&apos;s probabilities and where it left the true path. The &lt;i&gt;Errors&lt;/i&gt; tab shows each node&apos;s accuracy and confusion.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="284"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="303"/>
        <source>HierNet run to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="307"/>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="315"/>
        <source>A report is being made already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="318"/>
        <source>Making the report of %1 (evaluating both splits once, then drawing)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="324"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="325"/>
        <source>&amp;Open dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="327"/>
        <source>Open &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="328"/>
        <source>Run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="332"/>
        <source>Recent &amp;runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="336"/>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="338"/>
        <source>A finished HierNet run&apos;s report as PDF or HTML: configuration, curves, CPM, tree, accuracies, mistake severities and the most confident misrouted images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="341"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="345"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="352"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="353"/>
        <source>Help for this &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="356"/>
        <source>&amp;About HierNet Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="357"/>
        <source>About HierNet Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="358"/>
        <source>&lt;p&gt;&lt;b&gt;HierNet Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Hierarchical CNNs that follow the similarity of the classes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="373"/>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/window/MainWindow.cpp" line="374"/>
        <source>Stop the training and quit? The run keeps a checkpoint and can be resumed from its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::MergeStepper</name>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="42"/>
        <source> merges/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="43"/>
        <source>How fast Play steps through the merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="46"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="56"/>
        <source>Merges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57"/>
        <source>|◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="57"/>
        <source>First: every class on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="58"/>
        <source>Previous merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="59"/>
        <source>Next merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="60"/>
        <source>▶|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="60"/>
        <source>Last: the grouping at this p_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="61"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="65"/>
        <source>Play the merges one after another (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="131"/>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="152"/>
        <source>Open a backbone run to step through its merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="159"/>
        <source>Step 0 of %1: every class is a group of its own (%2 groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="162"/>
        <source>proximity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="163"/>
        <source>proximity %1 × (2 / %2)^%3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="168"/>
        <source>Step %1 of %2: merge %3 with %4: %5 &gt; p_min %6, size %7 ≤ g_max %8 (%9 groups now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="183"/>
        <source>It stops here: the closest pair left, %1 with %2, has proximity %3 ≤ p_min %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="189"/>
        <source>It stops here: every pair left would make a group larger than g_max %1 (the smallest would have %2 classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/grouping/MergeStepper.cpp" line="194"/>
        <source>It stops here: every class is in one group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::OpenDatasetDialog</name>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="18"/>
        <source>Open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="19"/>
        <source>Fashion-MNIST (Debian package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="20"/>
        <source>IDX files (MNIST layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="21"/>
        <source>CIFAR-10 binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="22"/>
        <source>CIFAR-100 binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="23"/>
        <source>Image folders (one per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="30"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="32"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="44"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/dataset/OpenDatasetDialog.cpp" line="45"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RouteInspector</name>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="24"/>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="118"/>
        <source>Click an image to see its route through the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="36"/>
        <source>The Grad-CAM map drawn over the image: where a node looked for one of its outputs (red: most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="39"/>
        <source>Opacity of the map over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="41"/>
        <source>Colour scale: each map from zero (dark blue) to its own peak (dark red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="48"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="50"/>
        <source>Map over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="53"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="57"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="59"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="110"/>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="207"/>
        <source>No map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="169"/>
        <source>&lt;b&gt;%1&lt;/b&gt; looking for &lt;b&gt;%2&lt;/b&gt; (%3): p = %4&lt;br&gt;&lt;small&gt;%5, %6×%7&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="191"/>
        <source>Where %1 looked for %2 (%3; p = %4). Click to draw it over the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="209"/>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="217"/>
        <source>Backbone (for comparison): its prediction and the true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="245"/>
        <source>&lt;b&gt;Image %1&lt;/b&gt;&lt;br&gt;true class: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast (routing): &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;&lt;br&gt;slow (conditional): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="252"/>
        <source>&lt;br&gt;the route left the true path at &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="254"/>
        <source>&lt;br&gt;right group, wrong class inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="273"/>
        <source>on both paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="273"/>
        <source>route taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="278"/>
        <source>true path, not visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/explore/RouteInspector.cpp" line="282"/>
        <source>Conditional top-5 (slow)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunFollower</name>
    <message>
        <location filename="../app/studio/training/RunFollower.cpp" line="65"/>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunMonitor</name>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="23"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="25"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="26"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="34"/>
        <source>No run yet: start one, or open a run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="59"/>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/CurveFeed.cpp" line="20"/>
        <source>val conditional (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/CurveFeed.cpp" line="20"/>
        <source>val routing (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/CurveFeed.cpp" line="26"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="121"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="124"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="133"/>
        <source>Iteration %1 / %2 · epoch %3 · loss %4 · %5 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="140"/>
        <source> · GPU memory %1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunMonitor.cpp" line="142"/>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunReport</name>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="168"/>
        <location filename="../app/studio/report/RunReport.cpp" line="175"/>
        <location filename="../app/studio/report/RunReport.cpp" line="423"/>
        <source>HierNet report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="177"/>
        <source>%1 · made by HierNet Studio on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="178"/>
        <source>Dataset and configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="180"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="180"/>
        <source>%1 (%2 classes; %3 validation and %4 test images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="185"/>
        <location filename="../app/studio/report/RunReport.cpp" line="222"/>
        <location filename="../app/studio/report/RunReport.cpp" line="263"/>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="185"/>
        <source>%1, %2 iterations (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="192"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/report/RunReport.cpp" line="192"/>
        <source>%n group(s) at the first level: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="193"/>
        <source>Tree layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="193"/>
        <source>split points %1, additional blocks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="196"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="196"/>
        <source>from the backbone; leaf heads %1; root pre-training %2 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="197"/>
        <source>seeded from its FC rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="197"/>
        <source>fresh (the paper&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="199"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="199"/>
        <source>schedule %1, %2 iterations, batch %3, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="207"/>
        <location filename="../app/studio/report/RunReport.cpp" line="328"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="209"/>
        <source>iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="209"/>
        <source>val. top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="209"/>
        <source>test top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="209"/>
        <source>mean severity of the test mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="210"/>
        <source>mean severity of all test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="224"/>
        <source>Backbone trained on (same budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="227"/>
        <source>HierNet slow (conditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="228"/>
        <source>HierNet fast (routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="230"/>
        <source>Root node (the groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="234"/>
        <source>HierNet fast − backbone on the test split: %1 points at the paper&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="236"/>
        <source>, %1 at the same budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="238"/>
        <source> (no same-budget backbone: hiernet reproduce makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="241"/>
        <source>Before training, the backbone&apos;s CPM promised a root accuracy of %1; the root reached %2 on validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="246"/>
        <source>Mistake severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="247"/>
        <source>The height of the lowest common ancestor of the true and the predicted class in this hierarchy (Bertinetto et al. 2020): 0 = right, 1 = the right group, %1 = across the root. Test images per severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="264"/>
        <source>HierNet fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="265"/>
        <source>HierNet slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="275"/>
        <source>The backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="281"/>
        <source>Training curves of %1: loss, accuracy and learning rate against the iteration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="284"/>
        <source>The backbone&apos;s metrics are not at hand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="292"/>
        <source>mean probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="301"/>
        <source>Its confusion probability matrix on the validation split (row: true class, column: predicted), ordered by the first-level groups, which are outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="307"/>
        <source>The tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="324"/>
        <source>Each node with its accuracy on the test images whose true path passes through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="328"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="328"/>
        <source>Test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="328"/>
        <source>Routes that left the true path here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="335"/>
        <source>Per-node confusion (test; rows: the true child, columns: the child chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="356"/>
        <source>The most confident misrouted test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="358"/>
        <source>No test image left its true path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="361"/>
        <source>%1 of %2 misrouted test images, most confident first. The map shows where the root looked when it chose the wrong group (dark blue: nowhere, dark red: most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="365"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="365"/>
        <source>Root Grad-CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="365"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="365"/>
        <source>Route (probability of each branch taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="369"/>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="380"/>
        <source>#%1&lt;br&gt;true: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;fast: &lt;b&gt;%3&lt;/b&gt; (%4)&lt;br&gt;left the true path at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="411"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/report/RunReport.cpp" line="430"/>
        <source>give a .pdf or .html file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::RunsList</name>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="28"/>
        <source>channels-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="28"/>
        <source>NCHW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="30"/>
        <source>bf16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="30"/>
        <source>fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="31"/>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="48"/>
        <source>%1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="50"/>
        <source>%1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="52"/>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Val top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="128"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/RunsList.cpp" line="129"/>
        <source>The settings that differ between the listed runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::studio::TrainingPage</name>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="66"/>
        <source>quick (CPU, epochs below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="67"/>
        <source>paper (64k iterations, GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="68"/>
        <source>reference (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="71"/>
        <source>flip + translate (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="72"/>
        <source>flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="73"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="408"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="79"/>
        <source>channels-last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="80"/>
        <source>bf16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="81"/>
        <source>CUDA graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="84"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="85"/>
        <location filename="../app/studio/training/TrainingPage.cpp" line="298"/>
        <location filename="../app/studio/training/TrainingPage.cpp" line="382"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="86"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="87"/>
        <source>Resume selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="108"/>
        <source>Weights and batches in NHWC memory order (faster convolutions on GPUs; same results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="109"/>
        <source>Forward pass under bf16 autocast; loss and SGD stay in fp32 (same training up to rounding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="110"/>
        <source>Capture the whole training step once as a CUDA graph and replay it (CUDA only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="123"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="124"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="125"/>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="126"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="127"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="129"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="135"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="136"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="140"/>
        <source>Runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="152"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="156"/>
        <source>Open run folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="157"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="231"/>
        <location filename="../app/studio/training/TrainingPage.cpp" line="241"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="241"/>
        <source>Could not start the run in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="254"/>
        <location filename="../app/studio/training/TrainingPage.cpp" line="298"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="254"/>
        <source>Could not resume %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="278"/>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="278"/>
        <source>%1 is not a run directory: it has no run.json. Choose a folder made by the studio or by the hiernet command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="327"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="327"/>
        <source>%1
The last good checkpoint is kept in %2. Try a lower learning rate or another seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="336"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="336"/>
        <source>The run in %1 failed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="407"/>
        <source>auto (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="407"/>
        <source>auto (cuda:0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="410"/>
        <source>%1 · %2 · %3 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="416"/>
        <source>No GPU: %1. Training runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/training/TrainingPage.cpp" line="417"/>
        <source>%n GPU(s) with CUDA.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="445"/>
        <source>Run directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/training/TrainingPage.cpp" line="452"/>
        <source>Folder for new runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="42"/>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="43"/>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConfusionHeatmap.cpp" line="126"/>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::Dendrogram</name>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="69"/>
        <source>Drag to move the p_min cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="241"/>
        <source>proximity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/Dendrogram.cpp" line="354"/>
        <source>p_min = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::GroupCountPlot</name>
    <message>
        <location filename="../widgets/GroupCountPlot.cpp" line="20"/>
        <source>p_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GroupCountPlot.cpp" line="21"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::SeverityChart</name>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="18"/>
        <source>mistake severity (height of the lowest common ancestor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SeverityChart.cpp" line="19"/>
        <source>% of the images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hiernet::widgets::TrainingCurves</name>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="81"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="81"/>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="81"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/TrainingCurves.cpp" line="104"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="82"/>
        <source>HierNet Studio: hierarchical CNNs that follow class similarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="85"/>
        <source>Dataset to open (fashion-mnist, cifar10:DIR, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="88"/>
        <source>Render the window offscreen to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="90"/>
        <source>Page to show (data, backbone, confusion, grouping, hiernet, explore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="92"/>
        <source>CPU threads for LibTorch (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="95"/>
        <source>Run directory to open: a backbone run (curves, CPM, grouping) or a HierNet run (curves, tree, Explore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="98"/>
        <source>Explore filter for a HierNet run: all, correct, misrouted, wrong-in-group, disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="100"/>
        <source>Explore: image of the filtered list to inspect (its position, from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="103"/>
        <source>Grouping: show this step of the merge stepper (0 = every class alone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
