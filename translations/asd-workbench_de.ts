<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::DatasetTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/DatasetTreeModel.cpp" line="133"/>
        <source>%1 (%n clips)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="136"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="137"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="138"/>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="139"/>
        <source>%1 anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="151"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="161"/>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="162"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="163"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="164"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="165"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="25"/>
        <source>machine ID / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="25"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="25"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="27"/>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="47"/>
        <source>PC 1 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="48"/>
        <source>PC 2 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="75"/>
        <source> (anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="106"/>
        <source>%1 — %2 %3, %4, score %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="45"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="45"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="45"/>
        <source>Mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="54"/>
        <location filename="../ui/views/InspectorView.cpp" line="58"/>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="60"/>
        <source>Frequency axis of the spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="61"/>
        <source>Levels below this are drawn in the lowest colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="62"/>
        <source>Dynamic range shown below the clip&apos;s loudest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="65"/>
        <source>Pin as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="66"/>
        <source>Keep this clip on screen to compare others with it (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="67"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="70"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="71"/>
        <source>Play the clip (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="75"/>
        <source>Play visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="76"/>
        <source>Play the part of the clip that is zoomed into view (Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="77"/>
        <source>Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="85"/>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="86"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="87"/>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="88"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="89"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="90"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="122"/>
        <source>Select a clip in the dataset tree to see its waveform and spectrogram.
Open a trained model (File ▸ Open Model) to see what the model sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="186"/>
        <source>Cannot show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="193"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="234"/>
        <source>Reference: %1 (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="241"/>
        <source>Pinned %1 as the reference clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="270"/>
        <source>Model input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="272"/>
        <source>Mel band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="272"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="272"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="272"/>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="288"/>
        <source>anomaly score %1 (above %2% of %3&apos;s normal clips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="292"/>
        <source>anomaly score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="294"/>
        <source>The model cannot read this clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="321"/>
        <source>Playback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::JobsView</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="61"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="61"/>
        <source>&amp;Score test clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="67"/>
        <source>OS-SCL (Noisy-ArcMix + noise-supervised contrastive, EMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="68"/>
        <source>Noisy-ArcMix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="69"/>
        <source>ArcFace (STgram-MFN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <source>log-mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="71"/>
        <source>STgram (log-mel + Tgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="72"/>
        <source>TFSTgram (log-mel + Tgram + TFgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="73"/>
        <source>TASTgram (Tgram + log-mel + TAgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="76"/>
        <source>ArcFace score (own-class cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="77"/>
        <source>Nearest neighbour (k = 1, cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="85"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="88"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="89"/>
        <source>Length of clip the model takes (the papers use 10 s); shorter trains faster on a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="98"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="98"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="99"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="100"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="102"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="103"/>
        <source>Clip length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="104"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="105"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="106"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="107"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="108"/>
        <source>Scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="114"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="115"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="123"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="131"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="132"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="133"/>
        <source>mean AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="139"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="140"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="141"/>
        <source>AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="205"/>
        <source>Resume training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="206"/>
        <source>%1 already holds a run. Resume it from its last checkpoint?

Choose No to start again (its checkpoints are then overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="222"/>
        <source>Training %1 on %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="240"/>
        <source>Scoring %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="260"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="289"/>
        <source>epoch %1/%2 · loss %3 · %4 samples/s · ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="304"/>
        <source>epoch %1: loss %2, validation %3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="308"/>
        <source> (best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="310"/>
        <source>, mean AUC %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="312"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="331"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="332"/>
        <location filename="../ui/views/JobsView.cpp" line="335"/>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="343"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="51"/>
        <source>ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="64"/>
        <source>Filter by name, label or domain (e.g. anomaly, target, id_02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="75"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="80"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="81"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="82"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="83"/>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="94"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="94"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="98"/>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="109"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="111"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="127"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="139"/>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="141"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="143"/>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="143"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="145"/>
        <source>Export &amp;Scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="146"/>
        <source>Folder for DCASE score and decision files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="150"/>
        <source>Export Metrics as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="151"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="151"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="155"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>Export evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="159"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="164"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="165"/>
        <source>&amp;About ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="166"/>
        <source>About ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="167"/>
        <source>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Machine anomalous sound detection: inspect recordings, train and score detectors, measure AUC and pAUC.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="178"/>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="193"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="222"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Could not open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="225"/>
        <source>%1

Choose a folder that holds recordings in a DCASE layout, a MIMII layout, or normal/ and anomaly/ subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="243"/>
        <source>%1 — ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="244"/>
        <source>%1: %n clip(s) in %2 classes, %3 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="283"/>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="284"/>
        <source>%1

Choose a checkpoint (.pt) or a run folder written by ASD Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="289"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="295"/>
        <source>Open a trained detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="296"/>
        <source>ASD Workbench checkpoints (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="303"/>
        <source>as chosen in the Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="317"/>
        <source>Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="322"/>
        <source>Wrote DCASE score and decision files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="324"/>
        <location filename="../ui/windows/MainWindow.cpp" line="334"/>
        <location filename="../ui/windows/MainWindow.cpp" line="355"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="332"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="342"/>
        <source>(no model loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="353"/>
        <source>Wrote the evaluation report to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="23"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="34"/>
        <source>all (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>over types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Best AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Worst AUC: look at this ID first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="89"/>
        <source>Machine type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="90"/>
        <source>ID / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="93"/>
        <source>pAUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>mAUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="95"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="96"/>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::ResultsView</name>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="24"/>
        <source>Machine ID / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="34"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="35"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="43"/>
        <source>FPR ≤ 0.1 (pAUC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="45"/>
        <location filename="../ui/views/ResultsView.cpp" line="125"/>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="53"/>
        <source>Anomaly score (drag the line to set the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="54"/>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="77"/>
        <source>all machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="125"/>
        <source>ROC: AUC %1%, pAUC %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="147"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="147"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="181"/>
        <source>threshold %1 · precision %2 · recall %3 · F1 %4 (%5 true, %6 false alarms, %7 missed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::SpectrogramPlot</name>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="17"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="46"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="111"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="24"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="46"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="72"/>
        <source>Frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="132"/>
        <source>%1 s   %2 Hz   %3 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="134"/>
        <source>%1 s   row %2   %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::WaveformPlot</name>
    <message>
        <location filename="../ui/plots/WaveformPlot.cpp" line="19"/>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>Machine anomalous sound detection workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>Dataset folder to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Trained detector to open: a run folder or a .pt file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
