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
    <name>asd::ui::ClipPlayer</name>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="31"/>
        <source>Playback failed: %1</source>
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
        <location filename="../ui/views/EmbeddingView.cpp" line="21"/>
        <source>machine ID / section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="21"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="21"/>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="22"/>
        <source>PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="22"/>
        <source>t-SNE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="23"/>
        <source>t-SNE keeps neighbourhoods; it is computed in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="25"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="27"/>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="36"/>
        <source>Open a model and score the dataset (Jobs ▸ Score test clips) to see its embeddings here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="47"/>
        <source>t-SNE 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="48"/>
        <source>t-SNE 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="71"/>
        <source>PC 1 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="72"/>
        <source>PC 2 (%1% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="77"/>
        <source>computing t-SNE of %1 clips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="124"/>
        <source> (anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="155"/>
        <source>%1 — %2 %3, %4, score %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="44"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="44"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="44"/>
        <source>Mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="53"/>
        <location filename="../ui/views/InspectorView.cpp" line="57"/>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="59"/>
        <source>Frequency axis of the spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="60"/>
        <source>Levels below this are drawn in the lowest colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="61"/>
        <source>Dynamic range shown below the clip&apos;s loudest cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="64"/>
        <source>Pin as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="65"/>
        <source>Keep this clip on screen to compare others with it (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="66"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="69"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="70"/>
        <source>Play the clip (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="74"/>
        <source>Play visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="75"/>
        <source>Play the part of the clip that is zoomed into view (Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="76"/>
        <source>Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="84"/>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="85"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="86"/>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="87"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="88"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="89"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="121"/>
        <source>Select a clip in the dataset tree to see its waveform and spectrogram.
Open a trained model (File ▸ Open Model) to see what the model sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="194"/>
        <source>Cannot show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="201"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="238"/>
        <source>Reference: %1 (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="245"/>
        <source>Pinned %1 as the reference clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="274"/>
        <source>Model input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="276"/>
        <source>Mel band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="276"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="276"/>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="276"/>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="292"/>
        <source>anomaly score %1 (above %2% of %3&apos;s normal clips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="296"/>
        <source>anomaly score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="298"/>
        <source>The model cannot read this clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::JobsView</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="63"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="63"/>
        <source>&amp;Score test clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="69"/>
        <source>OS-SCL (Noisy-ArcMix + noise-supervised contrastive, EMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <source>Noisy-ArcMix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="71"/>
        <source>ArcFace (STgram-MFN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="72"/>
        <source>Mixture-aligned student of the open model (robust to noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="73"/>
        <source>log-mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="74"/>
        <source>STgram (log-mel + Tgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="75"/>
        <source>TFSTgram (log-mel + Tgram + TFgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="76"/>
        <source>TASTgram (Tgram + log-mel + TAgram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="79"/>
        <source>The detector&apos;s own score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="80"/>
        <source>ArcFace score (own-class cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="81"/>
        <source>Nearest neighbour (k = 1, cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="89"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="92"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="93"/>
        <source>Length of clip the model takes (the papers use 10 s); shorter trains faster on a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="99"/>
        <source>none (a student uses all six generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="100"/>
        <source>Noises mixed into the training clips, separated by commas: white, pink, brown, babble, impulsive, modulated, or recording paths. For OS-SCL, Noisy-ArcMix and ArcFace this is noise augmentation (half of each batch); for a mixture-aligned student, its training mixtures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="106"/>
        <source>Mixture: λ·teacher(machine) + (1−λ)·teacher(noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="107"/>
        <source>Denoise baseline: teacher(machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="112"/>
        <source>Weight of the alignment loss against the tagging loss. 1: the tagging trains the student, right for a weak teacher such as OS-SCL on a few clips per machine. 128: the student embeds like a teacher that already detects well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="119"/>
        <source>Share of teacher(machine) in the mixture target; the rest is teacher(noise). 1 is the denoise baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="125"/>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="133"/>
        <source>Each training mixture gets an SNR drawn between these two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="147"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="147"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="148"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="149"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="150"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="151"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="152"/>
        <source>Clip length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="153"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="154"/>
        <source>Training noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="157"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="159"/>
        <source>Training SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="160"/>
        <source>Student aligns to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="161"/>
        <source>Mixture weight λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="162"/>
        <source>Alignment weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="163"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="164"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="165"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="166"/>
        <source>Scorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="172"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="173"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="181"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="189"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="190"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="191"/>
        <source>mean AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="197"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="198"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="199"/>
        <source>AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="277"/>
        <source>A mixture-aligned student needs a teacher: open or train a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="281"/>
        <source>Resume training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="282"/>
        <source>%1 already holds a run. Resume it from its last checkpoint?

Choose No to start again (its checkpoints are then overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="304"/>
        <source>Training %1 on %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="324"/>
        <source>Scoring %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="334"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="363"/>
        <source>epoch %1/%2 · loss %3 · %4 samples/s · ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="378"/>
        <source>epoch %1: loss %2, validation %3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="382"/>
        <source> (best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="384"/>
        <source>, mean AUC %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="386"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="405"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="406"/>
        <location filename="../ui/views/JobsView.cpp" line="409"/>
        <source>Job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="417"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asd::ui::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="52"/>
        <source>ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="65"/>
        <source>Filter by name, label or domain (e.g. anomaly, target, id_02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="76"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="81"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="82"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="83"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="84"/>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="85"/>
        <source>&amp;Noise lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="96"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="96"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="100"/>
        <source>Skipped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="108"/>
        <source>No model open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="113"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="114"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="115"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="131"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="142"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="143"/>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="145"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="147"/>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="147"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="149"/>
        <source>Export &amp;Scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="150"/>
        <source>Folder for DCASE score and decision files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="154"/>
        <source>Export Metrics as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="155"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="155"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="159"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="160"/>
        <source>Export evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="160"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="163"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="168"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="169"/>
        <source>&amp;About ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="170"/>
        <source>About ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="171"/>
        <source>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Machine anomalous sound detection: inspect recordings, train and score detectors, measure AUC and pAUC.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="182"/>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="197"/>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="226"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="228"/>
        <source>Could not open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="229"/>
        <source>%1

Choose a folder that holds recordings in a DCASE layout, a MIMII layout, or normal/ and anomaly/ subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="248"/>
        <source>%1 — ASD Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="249"/>
        <source>%1: %n clip(s) in %2 classes, %3 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="290"/>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="291"/>
        <source>%1

Choose a checkpoint (.pt) or a run folder written by ASD Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="300"/>
        <location filename="../ui/windows/MainWindow.cpp" line="302"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="308"/>
        <source>Open a trained detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="309"/>
        <source>ASD Workbench checkpoints (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="316"/>
        <source>as chosen in the Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="330"/>
        <source>Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="336"/>
        <source>Wrote DCASE score and decision files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="338"/>
        <location filename="../ui/windows/MainWindow.cpp" line="348"/>
        <location filename="../ui/windows/MainWindow.cpp" line="369"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="346"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="356"/>
        <source>(no model loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="367"/>
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
    <name>asd::ui::NoiseView</name>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="40"/>
        <source>Select a clip in the dataset tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="43"/>
        <source>Training clips noisy too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="43"/>
        <source>Play mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="44"/>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="54"/>
        <source>Signal-to-noise ratio of the mixture (RMS power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="56"/>
        <source>Mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="61"/>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="63"/>
        <source>SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="69"/>
        <source>Noises separated by commas: generators or recording paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="70"/>
        <source>SNRs in dB separated by commas; the clean data is always included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="71"/>
        <source>Noises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="72"/>
        <source>SNRs (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="73"/>
        <source>run folders, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="74"/>
        <source>Detectors swept on the same mixtures as the open model, side by side (a student&apos;s teacher is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="78"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="80"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="82"/>
        <source>Which noise is drawn: offsets into recordings and the generated noise. The same seed gives the same mixtures; at low SNR another draw can move an AUC by a few points, so sweep two or three seeds before trusting a small difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="85"/>
        <source>Noise seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="87"/>
        <source>Mix the normal training clips too: nearest-neighbour scoring compares against them and the threshold is fitted on them. On: the whole plant is noisy, as in MIMII. Off: the reference was recorded in quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="92"/>
        <source>SNR (dB); clean at the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="93"/>
        <location filename="../ui/views/NoiseView.cpp" line="108"/>
        <source>AUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="108"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="108"/>
        <source>pAUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="108"/>
        <source>mAUC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="108"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="138"/>
        <source>Noise recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="138"/>
        <source>Audio (*.wav *.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="147"/>
        <source>Run folder to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="188"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="206"/>
        <source>%1 dB%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="206"/>
        <source> (scaled to avoid clipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="211"/>
        <source>Cannot mix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="231"/>
        <source>A sweep needs an open dataset and a trained model (File ▸ Open Model, or train one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="238"/>
        <source>Cannot compare with %1: no such run folder or checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="258"/>
        <source>&apos;%1&apos; is not a number of dB</source>
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
        <location filename="../ui/views/ResultsView.cpp" line="186"/>
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
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Machine anomalous sound detection workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>Dataset folder to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Trained detector to open: a run folder or a .pt file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
