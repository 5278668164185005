<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>asd::ui::AnomalyCurvePlot</name>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="29"/>
        <source>this clip</source>
        <translation>此片段</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="44"/>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="46"/>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="51"/>
        <source>The detector&apos;s anomaly score along the clip. Click to play from there.</source>
        <translation>检测器沿片段的异常分数。点击从该处播放。</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="76"/>
        <source>peak at %1 s</source>
        <translation>峰值在 %1 s</translation>
    </message>
</context>
<context>
    <name>asd::ui::ClipPlayer</name>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="38"/>
        <source>Playback failed: %1</source>
        <translation>播放失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="46"/>
        <source>No audio output device on this machine: the clip cannot be played</source>
        <translation>本机没有音频输出设备：无法播放片段</translation>
    </message>
</context>
<context>
    <name>asd::ui::DatasetTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/DatasetTreeModel.cpp" line="193"/>
        <source>%1 (%n clips)</source>
        <translation>
            <numerusform>%1（%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="176"/>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="198"/>
        <source>known anomaly</source>
        <translation>已知异常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="199"/>
        <source>%1 anomalies</source>
        <translation>%1 个异常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="211"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="221"/>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="222"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="223"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="224"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="225"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="226"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>asd::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Training clips</source>
        <translation>训练片段</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Export for TensorBoard…</source>
        <translation>导出到 TensorBoard…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>machine ID / section</source>
        <translation>机器 ID / 分区</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>score within its ID</source>
        <translation>在其 ID 内的分数</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="32"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="32"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="33"/>
        <source>t-SNE keeps neighbourhoods; it is computed in the background</source>
        <translation>t-SNE 保持邻域结构；在后台计算</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="35"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="37"/>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="39"/>
        <source>Find clips by file name</source>
        <translation>按文件名查找片段</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="42"/>
        <source>Rings the clips whose names contain this and lists them. Shift+drag on the plot lists the clips in a box.</source>
        <translation>圈出并列出名称包含此文本的片段。在图上 Shift+拖动可列出框内的片段。</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="45"/>
        <source>Show the normal training clips the detector compares against, in grey</source>
        <translation>以灰色显示检测器用作对照的正常训练片段</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="49"/>
        <source>Write vectors.tsv and metadata.tsv, which TensorBoard&apos;s Embedding Projector loads</source>
        <translation>写出 vectors.tsv 和 metadata.tsv，可由 TensorBoard 的 Embedding Projector 加载</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="52"/>
        <source>Folder for the projector files</source>
        <translation>投影文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="75"/>
        <source>The clicked clip&apos;s nearest neighbours in the embedding space; double-click one to open it</source>
        <translation>所点片段在嵌入空间中的最近邻；双击其中一个可打开它</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="132"/>
        <source>Open a model and score the dataset (Jobs ▸ Score test clips) to see its embeddings here.</source>
        <translation>打开模型并为数据集打分（作业 ▸ 为测试片段打分），即可在此查看其嵌入。</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="114"/>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="115"/>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="143"/>
        <source>PC 1 (%1% of variance)</source>
        <translation>PC 1（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="144"/>
        <source>PC 2 (%1% of variance)</source>
        <translation>PC 2（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="149"/>
        <source>computing t-SNE of %1 clips…</source>
        <translation>正在计算 %1 个片段的 t-SNE…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>lowest fifth of its ID</source>
        <translation>其 ID 中最低的五分之一</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>second fifth</source>
        <translation>第二个五分之一</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>middle fifth</source>
        <translation>中间的五分之一</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>fourth fifth</source>
        <translation>第四个五分之一</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="205"/>
        <source>highest fifth of its ID</source>
        <translation>其 ID 中最高的五分之一</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="215"/>
        <source>training clips (normal)</source>
        <translation>训练片段（正常）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="248"/>
        <source> (anomaly)</source>
        <translation>（异常）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="287"/>
        <source>matches “%1”</source>
        <translation>匹配“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="292"/>
        <source>%n clip(s) named like “%1”</source>
        <translation>
            <numerusform>%n 个名称类似“%1”的片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="303"/>
        <source>%n clip(s) in the box</source>
        <translation>
            <numerusform>框内 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="324"/>
        <source>No embeddings to export yet: score the test clips first</source>
        <translation>尚无可导出的嵌入：请先为测试片段打分</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="336"/>
        <source>Wrote vectors.tsv and metadata.tsv to %1 (TensorBoard projector: Load)</source>
        <translation>已将 vectors.tsv 和 metadata.tsv 写入 %1（TensorBoard projector：Load）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="353"/>
        <source>%1 · score %2</source>
        <translation>%1 · 分数 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="354"/>
        <source>training clip</source>
        <translation>训练片段</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="355"/>
        <source>%1
%2 %3 · %4</source>
        <translation>%1
%2 %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="400"/>
        <source>Nearest to %1</source>
        <translation>离 %1 最近</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="403"/>
        <source>%1 · distance %2</source>
        <translation>%1 · 距离 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="419"/>
        <source>its nearest neighbours</source>
        <translation>其最近邻</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="422"/>
        <source>clicked clip</source>
        <translation>所点击的片段</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncoderListModel</name>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="53"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="54"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="55"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="56"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="57"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="58"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncodersDialog</name>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="21"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="23"/>
        <source>Pretrained Encoders</source>
        <translation>预训练编码器</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="25"/>
        <source>BEATs checkpoints (microsoft/unilm, MIT licence; e.g. BEATs_iter3_plus_AS2M.pt) as torch.save files or .safetensors. Importing reads the file without running anything in it, checks every weight against its config and records it here; the file stays where it is. Compare the SHA-256 with the publisher&apos;s. Then choose “Pretrained encoder (BEATs)” in the Jobs view.</source>
        <translation>BEATs 检查点（microsoft/unilm，MIT 许可证；例如 BEATs_iter3_plus_AS2M.pt），torch.save 文件或 .safetensors。导入时只读取文件而不运行其中任何内容，按其配置检查每个权重并在此登记；文件保留在原处。请将 SHA-256 与发布者提供的值核对。然后在作业视图中选择“预训练编码器 (BEATs)”。</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="54"/>
        <source>Import encoder</source>
        <translation>导入编码器</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="57"/>
        <source>Imported %1: %2 layers, %3 dimensions, SHA-256 %4</source>
        <translation>已导入 %1：%2 层，%3 维，SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="80"/>
        <source>Import encoder checkpoint</source>
        <translation>导入编码器检查点</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="81"/>
        <source>Encoder checkpoints (*.pt *.safetensors);;All files (*)</source>
        <translation>编码器检查点 (*.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="89"/>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
</context>
<context>
    <name>asd::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="64"/>
        <location filename="../ui/views/InspectorView.cpp" line="68"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="70"/>
        <source>Frequency axis of the spectrogram</source>
        <translation>频谱图的频率轴</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="71"/>
        <source>Levels below this are drawn in the lowest colour</source>
        <translation>低于此值的电平以最低的颜色绘制</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="72"/>
        <source>Dynamic range shown below the clip&apos;s loudest cell</source>
        <translation>片段最响单元以下显示的动态范围</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="75"/>
        <source>Pin as reference</source>
        <translation>固定为参照</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="76"/>
        <source>Keep this clip on screen to compare others with it (Ctrl+P)</source>
        <translation>保留此片段在屏幕上以便与其他片段比较 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="77"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="80"/>
        <location filename="../ui/views/InspectorView.cpp" line="92"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="81"/>
        <source>Play the clip (Space)</source>
        <translation>播放片段（空格）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="92"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="94"/>
        <source>Play selection</source>
        <translation>播放选区</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="95"/>
        <source>Play the measured rectangle&apos;s time span (Shift+drag on the spectrogram), or else the part of the clip zoomed into view (Shift+Space)</source>
        <translation>播放测量矩形的时间范围（在频谱图上 Shift+拖动），否则播放缩放到视图中的部分 (Shift+Space)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="97"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="99"/>
        <source>Play the selection again and again until Stop</source>
        <translation>反复播放选区，直到停止</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="107"/>
        <source>Spectrum</source>
        <translation>频谱</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="109"/>
        <source>Level against frequency: over the measured rectangle, at the mouse, or over the whole clip</source>
        <translation>电平随频率变化：在测量矩形上、鼠标处或整个片段上</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="117"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="136"/>
        <source>Nearest normal</source>
        <translation>最近的正常片段</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="137"/>
        <source>Compare with the normal training clip of this clip&apos;s group nearest to it in the open model&apos;s embedding (in level per band without a model): pin it, show the level-matched difference and the group&apos;s normal spectrum range (Ctrl+Shift+P)</source>
        <translation>与本片段所在组中、在打开模型的嵌入空间里最近的正常训练片段比较（无模型时按各频带电平）：固定它，显示电平匹配的差异和该组的正常频谱范围（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="140"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="144"/>
        <source>Axis</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="145"/>
        <source>Window</source>
        <translation>窗长</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="146"/>
        <source>Hop</source>
        <translation>帧移</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="147"/>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="148"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="149"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="170"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="172"/>
        <source>Show the selected clip minus the reference, in dB: where this recording differs from a good one</source>
        <translation>显示所选片段减去参照片段的 dB 差：这段录音与正常录音的不同之处</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="178"/>
        <source>Level-matched</source>
        <translation>电平匹配</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="181"/>
        <source>Take the overall level difference out of the difference, so a clip that is louder overall shows the bands that differ rather than red everywhere</source>
        <translation>从差异中去除整体电平差，使整体更响的片段显示出不同的频带，而不是处处为红</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="185"/>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="224"/>
        <source>Select a clip in the dataset tree to see its waveform and spectrogram.
Open a trained model (File ▸ Open Model) to see what the model sees.</source>
        <translation>在数据集树中选择一个片段以查看其波形和频谱图。
打开已训练的模型（文件 ▸ 打开模型）以查看模型所见。</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="369"/>
        <location filename="../ui/views/InspectorView.cpp" line="589"/>
        <source>Cannot show %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="379"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="450"/>
        <source>Reference: %1 (%2 %3, %4)</source>
        <translation>参照：%1（%2 %3，%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="458"/>
        <source>Pinned %1 as the reference clip</source>
        <translation>已将 %1 固定为参照片段</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="487"/>
        <source>%1 has no normal training clips to compare with</source>
        <translation>%1 没有可供比较的正常训练片段</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="491"/>
        <source>Finding the nearest of %n normal clip(s)…</source>
        <translation>
            <numerusform>正在从 %n 个正常片段中查找最近的…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="562"/>
        <source>%n normal training clip(s) of %1</source>
        <translation>
            <numerusform>%1 的 %n 个正常训练片段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="566"/>
        <source>No normal clip of %1 could be read</source>
        <translation>无法读取 %1 的任何正常片段</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="583"/>
        <source>Pinned %1, the nearest normal clip in the model&apos;s embedding</source>
        <translation>已固定 %1：模型嵌入空间中最近的正常片段</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="585"/>
        <source>Pinned %1, the normal clip nearest in level per band</source>
        <translation>已固定 %1：各频带电平最接近的正常片段</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="614"/>
        <source>reference %1</source>
        <translation>参考 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="639"/>
        <source>Model input: %1</source>
        <translation>模型输入：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Mel band</source>
        <translation>Mel 频带</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="663"/>
        <source>anomaly score %1 (above %2% of %3&apos;s normal clips)</source>
        <translation>异常分数 %1（高于 %3 的 %2% 正常片段）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="667"/>
        <source>anomaly score %1</source>
        <translation>异常分数 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="672"/>
        <source>%1 %2 σ</source>
        <translation>%1 %2 σ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="673"/>
        <source>; driven by %1 (%2)</source>
        <translation>; 主要来自 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="675"/>
        <source>; the curve is %1&apos;s</source>
        <translation>; 曲线来自 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="682"/>
        <source>The open model cannot score this clip: %1</source>
        <translation>打开的模型无法为此片段评分：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="719"/>
        <source>%1–%2 s (the measured span)</source>
        <translation>%1–%2 s（测量范围）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="722"/>
        <source>at %1 s</source>
        <translation>在 %1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="724"/>
        <source>whole clip</source>
        <translation>整个片段</translation>
    </message>
</context>
<context>
    <name>asd::ui::JobsView</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <source>&amp;Score test clips</source>
        <translation>为测试片段打分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="85"/>
        <source>all cores</source>
        <translation>所有核心</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="91"/>
        <source>The pretrained encoder the detector embeds with (File ▸ Pretrained Encoders…)</source>
        <translation>检测器用于嵌入的预训练编码器（文件 ▸ 预训练编码器…）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="87"/>
        <source>a new folder in %1, named after the detector and the time</source>
        <translation>%1 中的新文件夹，以检测器和时间命名</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="89"/>
        <source>Where the detector goes. A folder that already holds a run is replaced only if you say so.</source>
        <translation>检测器的保存位置。已有运行的文件夹只有在您同意时才会被替换。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="102"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="103"/>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="106"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="107"/>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="108"/>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="109"/>
        <source>Scorer</source>
        <translation>打分方式</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="115"/>
        <location filename="../ui/views/JobsView.cpp" line="213"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="116"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="124"/>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="132"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="133"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="134"/>
        <source>mean AUC (%)</source>
        <translation>平均 AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="140"/>
        <source>Epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="141"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="142"/>
        <source>AUC (%)</source>
        <translation>AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="269"/>
        <source>Import a pretrained encoder first (File ▸ Pretrained Encoders…)</source>
        <translation>请先导入预训练编码器（文件 ▸ 预训练编码器…）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="287"/>
        <source>Detector options: %1</source>
        <translation>检测器选项：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="278"/>
        <source>A mixture-aligned student needs a teacher: open or train a model first</source>
        <translation>混合对齐学生模型需要教师：请先打开或训练一个模型</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="104"/>
        <source>Teacher</source>
        <translation>教师模型</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="196"/>
        <source>none: open or train a model first</source>
        <translation>无：请先打开或训练模型</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="226"/>
        <source>%1 already holds a run: choose another folder, or empty the field for a new one</source>
        <translation>%1 已有一个运行：请选择其他文件夹，或清空此栏以新建</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="229"/>
        <source>Replace the run?</source>
        <translation>替换该运行？</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="230"/>
        <source>%1 already holds a run. Replace it? Its detector, checkpoints and scores are removed.</source>
        <translation>%1 已有一个运行。要替换吗？其检测器、检查点和分数将被删除。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="232"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="235"/>
        <source>Resume it</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="304"/>
        <source>%1 %2 on %3 → %4</source>
        <translation>%1 %2，数据 %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Fitting</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="350"/>
        <source>Nothing to score with: open a model (File ▸ Open Model) or train one first</source>
        <translation>没有可用于打分的模型：请先打开模型（文件 ▸ 打开模型）或训练一个</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="356"/>
        <source>Replace the scores?</source>
        <translation>替换分数？</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="357"/>
        <source>%1 already holds score files. Replace them with this run&apos;s?</source>
        <translation>%1 中已有分数文件。用本次运行的分数替换吗？</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="369"/>
        <source>Scoring %1 with %2</source>
        <translation>正在用 %2 为 %1 打分</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="379"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="411"/>
        <source>epoch %1/%2 · loss %3 · %4 samples/s · ETA %5</source>
        <translation>第 %1/%2 轮 · 损失 %3 · %4 样本/s · 剩余 %5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="430"/>
        <source>Test clips scored by the model after epoch %1; best.pt (what “Score test clips” and Results use) is epoch %2, the lowest validation loss.</source>
        <translation>第 %1 轮后由模型为测试片段打分；best.pt（“为测试片段打分”和结果所用的模型）是验证损失最低的第 %2 轮。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="434"/>
        <source>Test clips scored by the adapted encoder after epoch %1; the detector keeps the last epoch&apos;s.</source>
        <translation>第 %1 轮后由适配后的编码器为测试片段打分；检测器保留最后一轮的结果。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="438"/>
        <source>epoch %1: loss %2, validation %3%4%5</source>
        <translation>第 %1 轮：损失 %2，验证 %3%4%5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="442"/>
        <source> (best so far)</source>
        <translation>（目前最佳）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="444"/>
        <source>, mean AUC %1%</source>
        <translation>，平均 AUC %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="446"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="458"/>
        <source>Test clips scored by %1 (%2): the scores Results shows.</source>
        <translation>由 %1（%2）为测试片段打分：即结果中显示的分数。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="468"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="469"/>
        <location filename="../ui/views/JobsView.cpp" line="472"/>
        <source>Job failed</source>
        <translation>作业失败</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="482"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>asd::ui::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="76"/>
        <source>ASD Workbench</source>
        <translation>ASD Workbench</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="96"/>
        <source>Filter: words in any order (e.g. valve anomaly, target id_02)</source>
        <translation>筛选：词语顺序不限（例如 valve anomaly、target id_02）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="121"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="126"/>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="127"/>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="128"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="129"/>
        <source>&amp;Embeddings</source>
        <translation>嵌入(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="130"/>
        <source>&amp;Noise lab</source>
        <translation>噪声实验室(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="131"/>
        <source>R&amp;uns</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="160"/>
        <source>Skipped files</source>
        <translation>跳过的文件</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="168"/>
        <source>No model open</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="174"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="175"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="199"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="220"/>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="225"/>
        <source>Pretrained &amp;Encoders…</source>
        <translation>预训练编码器(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="227"/>
        <source>Export &amp;Scores…</source>
        <translation>导出分数(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="228"/>
        <source>Folder for DCASE score and decision files</source>
        <translation>DCASE 分数与判定文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="232"/>
        <source>Export Metrics as &amp;CSV…</source>
        <translation>将指标导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="237"/>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="238"/>
        <source>Export evaluation report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="239"/>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="439"/>
        <source>%1

Choose a run folder, or the detector.asd file in one, written by ASD Workbench.</source>
        <translation>%1

请选择由 ASD Workbench 写入的运行文件夹，或其中的 detector.asd 文件。</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="243"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="74"/>
        <source>Cannot open model %1: %2</source>
        <translation>无法打开模型 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Not a Known Anomaly</source>
        <translation>不是已知异常</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Mark as Known Anomaly</source>
        <translation>标记为已知异常</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="253"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="256"/>
        <source>ASD Workbench — User Guide</source>
        <translation>ASD Workbench — 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard and Mouse</source>
        <translation>键盘和鼠标(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="263"/>
        <source>Keyboard and Mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="267"/>
        <source>&amp;About ASD Workbench</source>
        <translation>关于 ASD Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="268"/>
        <source>About ASD Workbench</source>
        <translation>关于 ASD Workbench</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Machine anomalous sound detection: inspect recordings, train and score detectors, measure AUC and pAUC.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;机器异常声音检测：检查录音，训练检测器并打分，测量 AUC 和 pAUC。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="296"/>
        <source>Keys
</source>
        <translation>按键
</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="299"/>
        <source>
Mouse
  Shift+drag on the spectrogram	measure: Δt, Δf and the loudest cell; the spectrum over that span
  Wheel, drag	zoom and pan a plot&apos;s time or frequency axis
  Double-click a plot	see the whole clip again
  Click the anomaly curve	play from there
  Drag the histogram&apos;s line	move the decision threshold
  Click an embedding point	list its nearest neighbours; double-click: open the clip
  Shift+drag on the embeddings	list the clips in the box
</source>
        <translation>
鼠标
  在频谱图上 Shift+拖动	测量：Δt、Δf 和最响的单元；该时间段的频谱
  滚轮、拖动	缩放和平移图的时间轴或频率轴
  双击图	重新显示整个片段
  点击异常曲线	从该处播放
  拖动直方图的线	移动判定阈值
  点击嵌入点	列出其最近邻；双击：打开片段
  在嵌入图上 Shift+拖动	列出框内的片段
</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="314"/>
        <source>Open Dataset Folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="329"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="358"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="360"/>
        <source>Could not open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="361"/>
        <source>%1

Choose a folder that holds recordings in a DCASE layout, a MIMII layout, or normal/ and anomaly/ subfolders.</source>
        <translation>%1

请选择一个包含 DCASE 布局、MIMII 布局或 normal/ 与 anomaly/ 子文件夹录音的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="379"/>
        <source>%1 — ASD Workbench</source>
        <translation>%1 — ASD Workbench</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/windows/MainWindow.cpp" line="380"/>
        <source>%1: %n clip(s) in %2 classes, %3 skipped</source>
        <translation>
            <numerusform>%1：%2 个类别中的 %n 个片段，跳过 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="392"/>
        <source>%1 holds no recordings the workbench can read. It reads these layouts (a file name of each):

• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav, fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav, with attributes_00.csv
• MIMII: fan/id_00/normal/00000000.wav, fan/id_00/abnormal/00000000.wav
• any folder with normal/ and anomaly/ (or abnormal/) subfolders of WAV or FLAC files</source>
        <translation>%1 中没有工作台能读取的录音。它读取以下布局（各举一个文件名）：

• DCASE 2020 Task 2：fan/train/normal_id_00_00000000.wav、fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2：valve/train/section_00_source_train_normal_0000_pat_00.wav，附 attributes_00.csv
• MIMII：fan/id_00/normal/00000000.wav、fan/id_00/abnormal/00000000.wav
• 任何含有 normal/ 和 anomaly/（或 abnormal/）子文件夹（WAV 或 FLAC 文件）的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="399"/>
        <source>%1: no recordings found</source>
        <translation>%1：未找到录音</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="402"/>
        <source>No recordings found</source>
        <translation>未找到录音</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="438"/>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="469"/>
        <source>Cannot change the known anomalies</source>
        <translation>无法更改已知异常</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="472"/>
        <source>%1 is a known anomaly: fits learn from it, scoring leaves it out</source>
        <translation>%1 是已知异常：拟合会从中学习，评分时不计入</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="473"/>
        <source>%1 is no longer a known anomaly</source>
        <translation>%1 不再是已知异常</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="518"/>
        <location filename="../ui/windows/MainWindow.cpp" line="520"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="534"/>
        <source>Scores of %1 (%2) on %3, %4: %5 clips</source>
        <translation>%1（%2）在 %3 上的分数，%4：%5 个片段</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="554"/>
        <source>Open a trained detector</source>
        <translation>打开已训练的检测器</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="555"/>
        <source>ASD Workbench detectors (*.asd *.pt)</source>
        <translation>ASD Workbench 检测器 (*.asd *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="570"/>
        <source>Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)</source>
        <translation>尚无可导出的内容：请先为测试片段打分（作业 ▸ 为测试片段打分）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="577"/>
        <source>Wrote DCASE score and decision files to %1</source>
        <translation>已将 DCASE 分数与判定文件写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="579"/>
        <location filename="../ui/windows/MainWindow.cpp" line="589"/>
        <location filename="../ui/windows/MainWindow.cpp" line="604"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="587"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="598"/>
        <source>(no model loaded)</source>
        <translation>（未加载模型）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="602"/>
        <source>Wrote the evaluation report to %1</source>
        <translation>已将评估报告写入 %1</translation>
    </message>
</context>
<context>
    <name>asd::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="23"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="34"/>
        <source>all (pooled)</source>
        <translation>全部（合并）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>over types</source>
        <translation>跨类型</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Best AUC</source>
        <translation>最佳 AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Worst AUC: look at this ID first</source>
        <translation>最差 AUC：先看这个 ID</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Machine type</source>
        <translation>机器类型</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>ID / section</source>
        <translation>ID / 分区</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>Machine ID (DCASE 2020) or section (2021 on)</source>
        <translation>机器 ID（DCASE 2020）或分区（2021 起）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="93"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>Area under the ROC curve, in %</source>
        <translation>ROC 曲线下面积，单位 %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="95"/>
        <source>Partial AUC for false-positive rates up to 0.1 (McClish-standardised, as scikit-learn), in %</source>
        <translation>误报率不超过 0.1 时的部分 AUC（按 McClish 标准化，同 scikit-learn），单位 %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="96"/>
        <source>pAUC</source>
        <translation>pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>Minimum AUC over the type&apos;s IDs or sections, in %</source>
        <translation>该类型各 ID 或分区的最小 AUC，单位 %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>mAUC</source>
        <translation>mAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomalous test clips</source>
        <translation>异常测试片段</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal test clips</source>
        <translation>正常测试片段</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>asd::ui::NoiseView</name>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="44"/>
        <source>Select a clip in the dataset tree.</source>
        <translation>在数据集树中选择一个片段。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Training clips noisy too</source>
        <translation>训练片段也加噪</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Play mixture</source>
        <translation>播放混合</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="49"/>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="53"/>
        <source>Recording…</source>
        <translation>录音…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="59"/>
        <source>Signal-to-noise ratio of the mixture (RMS power)</source>
        <translation>混合物的信噪比（RMS 功率）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="61"/>
        <source>Mixture</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="63"/>
        <source>Clean</source>
        <translation>纯净</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="69"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="71"/>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="77"/>
        <source>Noises separated by commas: generators or recording paths</source>
        <translation>以逗号分隔的噪声：生成器或录音路径</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="78"/>
        <source>SNRs in dB separated by commas; the clean data is always included</source>
        <translation>以逗号分隔的 SNR（dB）；总是包括纯净数据</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="79"/>
        <source>Noises</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="80"/>
        <source>SNRs (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="81"/>
        <source>run folders, separated by commas</source>
        <translation>运行文件夹，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="82"/>
        <source>Detectors swept on the same mixtures as the open model, side by side (a student&apos;s teacher is filled in)</source>
        <translation>与当前模型在相同混合物上扫描的检测器，并列比较（学生模型的教师会自动填入）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="86"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="88"/>
        <source>Compare with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="90"/>
        <source>Which noise is drawn: offsets into recordings and the generated noise. The same seed gives the same mixtures; at low SNR another draw can move an AUC by a few points, so sweep two or three seeds before trusting a small difference.</source>
        <translation>抽取哪一段噪声：录音中的偏移和生成的噪声。相同的种子给出相同的混合物；在低 SNR 下换一次抽取可能使 AUC 变动几个点，因此在相信微小差异之前请扫描两三个种子。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="93"/>
        <source>Noise seed</source>
        <translation>噪声种子</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="94"/>
        <source>Scorer</source>
        <translation>打分方式</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="96"/>
        <source>Mix the normal training clips too: nearest-neighbour scoring compares against them and the threshold is fitted on them. On: the whole plant is noisy, as in MIMII. Off: the reference was recorded in quiet.</source>
        <translation>也为正常训练片段加噪：最近邻打分以它们为对照，阈值也在它们上拟合。开：整个工厂都有噪声，如 MIMII。关：参照是在安静环境下录制的。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="101"/>
        <source>SNR (dB); clean at the right</source>
        <translation>SNR (dB)；纯净在最右</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="102"/>
        <location filename="../ui/views/NoiseView.cpp" line="118"/>
        <source>AUC (%)</source>
        <translation>AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="118"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="118"/>
        <source>pAUC (%)</source>
        <translation>pAUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="118"/>
        <source>mAUC (%)</source>
        <translation>mAUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="118"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Noise recording</source>
        <translation>噪声录音</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Audio (*.wav *.flac)</source>
        <translation>音频 (*.wav *.flac)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="161"/>
        <source>Run folder to compare with</source>
        <translation>要比较的运行文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 %3, %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 %3，%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source>%1 dB%2</source>
        <translation>%1 dB%2</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source> (scaled to avoid clipping)</source>
        <translation>（已缩放以避免削波）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="239"/>
        <source>Cannot mix: %1</source>
        <translation>无法混合：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="277"/>
        <source>A sweep needs an open dataset and a trained model (File ▸ Open Model, or train one)</source>
        <translation>扫描需要已打开的数据集和已训练的模型（文件 ▸ 打开模型，或训练一个）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="284"/>
        <source>Cannot compare with %1: no such run folder or checkpoint</source>
        <translation>无法与 %1 比较：没有这样的运行文件夹或检查点</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="304"/>
        <source>&apos;%1&apos; is not a number of dB</source>
        <translation>“%1”不是一个 dB 数值</translation>
    </message>
</context>
<context>
    <name>asd::ui::ReportExport</name>
    <message>
        <location filename="../ui/windows/ReportExport.cpp" line="32"/>
        <source>Anomaly score</source>
        <translation>异常分数</translation>
    </message>
</context>
<context>
    <name>asd::ui::ResultsView</name>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="40"/>
        <source>Machine ID / section</source>
        <translation>机器 ID / 分区</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="45"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="47"/>
        <source>Type a threshold, or drag the red line in the histogram</source>
        <translation>输入阈值，或在直方图中拖动红线</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="62"/>
        <source>The clips of the clicked histogram bar, highest score first; double-click one to open it</source>
        <translation>所点击直方图柱中的片段，分数最高者在前；双击可打开</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="84"/>
        <source>Click a run to show its scores here, in the tree and in the embeddings</source>
        <translation>点击一个运行，在此处、树中和嵌入图中显示其分数</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="97"/>
        <source>False positive rate</source>
        <translation>误报率</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="98"/>
        <source>True positive rate</source>
        <translation>真正率</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="107"/>
        <source>at the threshold</source>
        <translation>在阈值处</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="110"/>
        <source>FPR ≤ 0.1 (pAUC)</source>
        <translation>FPR ≤ 0.1 (pAUC)</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="112"/>
        <location filename="../ui/views/ResultsView.cpp" line="225"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="120"/>
        <source>Anomaly score (drag the line to set the threshold)</source>
        <translation>异常分数（拖动线条设置阈值）</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="121"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="145"/>
        <source>No scores yet: open a run that has scored this dataset, or score one (Jobs ▸ Score test clips).</source>
        <translation>尚无分数：打开已为此数据集评分的运行，或进行评分（作业 ▸ 为测试片段评分）。</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="162"/>
        <source>all machines</source>
        <translation>所有机器</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="225"/>
        <source>ROC: AUC %1%, pAUC %2%</source>
        <translation>ROC：AUC %1%，pAUC %2%</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="67"/>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="334"/>
        <source>per ID</source>
        <translation>按 ID</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="335"/>
        <source>each ID at its own threshold</source>
        <translation>每个 ID 使用各自的阈值</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="336"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="337"/>
        <source>%1 · precision %2 · recall %3 · F1 %4 (%5 true, %6 false alarms, %7 missed)</source>
        <translation>%1 · 精确率 %2 · 召回率 %3 · F1 %4（%5 个正确，%6 个误报，%7 个漏报）</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunComparisonModel</name>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="82"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="83"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="84"/>
        <source>Official score</source>
        <translation>官方分数</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="85"/>
        <source>Mean AUC</source>
        <translation>平均 AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="86"/>
        <source>Mean pAUC</source>
        <translation>平均 pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="87"/>
        <source>Mean mAUC</source>
        <translation>平均 mAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="88"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunDiffModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="216"/>
        <source>%1 minus %2, in points</source>
        <translation>%1 减去 %2，单位为点</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="227"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="243"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="244"/>
        <source>ID / section</source>
        <translation>ID / 分区</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="245"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="246"/>
        <location filename="../ui/models/RunListModel.cpp" line="247"/>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="246"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="248"/>
        <source>Δ AUC</source>
        <translation>Δ AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="249"/>
        <location filename="../ui/models/RunListModel.cpp" line="250"/>
        <source>pAUC %1</source>
        <translation>pAUC %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="249"/>
        <source>pAUC</source>
        <translation>pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="251"/>
        <source>Δ pAUC</source>
        <translation>Δ pAUC</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunListModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="59"/>
        <location filename="../ui/models/RunListModel.cpp" line="76"/>
        <source>No run selected.</source>
        <translation>未选择运行。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="62"/>
        <source>&apos;%1&apos; is not a folder name.</source>
        <translation>“%1”不是文件夹名。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="66"/>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="68"/>
        <source>%1 could not be renamed (no permission, or in use?).</source>
        <translation>无法重命名 %1（没有权限，或正在使用？）。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="79"/>
        <source>The workspace itself is not deleted from here.</source>
        <translation>这里不会删除工作区本身。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="83"/>
        <source>%1 could not be deleted completely: %2</source>
        <translation>无法完全删除 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="103"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(no run.json)</source>
        <translation>（没有 run.json）</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(unreadable run.json)</source>
        <translation>（run.json 无法读取）</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="136"/>
        <source>Mean over machine types, of the last evaluated epoch or the last scoring of labelled clips</source>
        <translation>跨机器类型的平均值，来自最后一次评估的轮次或最后一次对带标签片段的打分</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="140"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="141"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="142"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="143"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="144"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="145"/>
        <source>Official score</source>
        <translation>官方分数</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="146"/>
        <source>Mean AUC</source>
        <translation>平均 AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="147"/>
        <source>Mean pAUC</source>
        <translation>平均 pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="148"/>
        <source>mAUC</source>
        <translation>mAUC</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunsView</name>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>&amp;Open model</source>
        <translation>打开模型(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="35"/>
        <source>Workspace: the folder your run folders are in</source>
        <translation>工作区：存放运行文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="36"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="37"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="39"/>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="86"/>
        <source>Workspace with run folders</source>
        <translation>包含运行文件夹的工作区</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RunsView.cpp" line="117"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="153"/>
        <source>%1 was made before runs recorded themselves: open it and score it to fill its metrics in.</source>
        <translation>%1 产生于运行会自我记录之前：打开并为其打分即可填入其指标。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="154"/>
        <source>%1: no metrics yet (score it on labelled clips).</source>
        <translation>%1：尚无指标（在带标签的片段上为其打分）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="155"/>
        <source>%1: per-group metrics from %2.</source>
        <translation>%1：来自 %2 的分组指标。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="163"/>
        <source>%2 (newer) against %1: green where %2 is better by half a point or more, red where worse.</source>
        <translation>%2（较新）对比 %1：%2 好出半个点及以上处为绿色，较差处为红色。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="167"/>
        <source>Select a run to see its per-group metrics, two to compare them.</source>
        <translation>选择一次运行查看其分组指标，选择两次运行进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="168"/>
        <source>Select one run, or two to compare.</source>
        <translation>选择一次运行，或两次以进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <location filename="../ui/views/RunsView.cpp" line="184"/>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <source>New folder name:</source>
        <translation>新文件夹名：</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="197"/>
        <location filename="../ui/views/RunsView.cpp" line="207"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="198"/>
        <source>Delete these folders and everything in them?

%1</source>
        <translation>删除这些文件夹及其中的所有内容？

%1</translation>
    </message>
</context>
<context>
    <name>asd::ui::ScorerBox</name>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="8"/>
        <source>The detector&apos;s own score</source>
        <translation>检测器自身的分数</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="10"/>
        <source>ArcFace score (own-class cross-entropy)</source>
        <translation>ArcFace 分数（本类交叉熵）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="11"/>
        <source>Nearest neighbour (k = 1, cosine)</source>
        <translation>最近邻（k = 1，余弦）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="12"/>
        <source>Nearest neighbour on the backbone output (k = 1, cosine)</source>
        <translation>骨干网络输出上的最近邻（k = 1，余弦）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="14"/>
        <source>Compares MobileFaceNet&apos;s output before the feature perturbation head, which keeps more of the machine under heavy noise</source>
        <translation>比较特征扰动头之前 MobileFaceNet 的输出，在强噪声下保留更多机器信息</translation>
    </message>
</context>
<context>
    <name>asd::ui::SpectrogramPlot</name>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="17"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="151"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="248"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="24"/>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="77"/>
        <source>Δt %1 s   Δf %2 Hz
peak %3 Hz, %4 dB at %5 s</source>
        <translation>Δt %1 s   Δf %2 Hz
峰值 %3 Hz，%4 dB，在 %5 s</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="151"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="178"/>
        <source>Frequency (Hz)</source>
        <translation>频率 (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="207"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="216"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="244"/>
        <source>dB difference</source>
        <translation>dB 差</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="282"/>
        <source>%1 s   %2 Hz   %3 dB</source>
        <translation>%1 s   %2 Hz   %3 dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="284"/>
        <source>%1 s   row %2   %3 %4</source>
        <translation>%1 s   第 %2 行   %3 %4</translation>
    </message>
</context>
<context>
    <name>asd::ui::SpectrumPlot</name>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="26"/>
        <source>this clip</source>
        <translation>此片段</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="27"/>
        <source>normal median</source>
        <translation>正常中位数</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="28"/>
        <source>normal 10–90 %</source>
        <translation>正常 10–90 %</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="37"/>
        <source>Frequency (Hz)</source>
        <translation>频率 (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="38"/>
        <source>Level (dB)</source>
        <translation>电平 (dB)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="70"/>
        <source>peak %1 Hz, %2 dB</source>
        <translation>峰值 %1 Hz，%2 dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1</source>
        <translation>频谱，%1</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1, against %2</source>
        <translation>频谱，%1，对比 %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="92"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>asd::ui::WaveformPlot</name>
    <message>
        <location filename="../ui/plots/WaveformPlot.cpp" line="19"/>
        <source>Amplitude</source>
        <translation>幅度</translation>
    </message>
</context>
<context>
    <name>asd::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace/Workspace.cpp" line="146"/>
        <source>scored now</source>
        <translation>刚刚评分</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Machine anomalous sound detection workbench</source>
        <translation>机器异常声音检测工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Dataset folder to open (optional).</source>
        <translation>要打开的数据集文件夹（可选）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Trained detector to open: a run folder or a .pt file.</source>
        <translation>要打开的已训练检测器：运行文件夹或 .pt 文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Write the evaluation report of --scores on the dataset to this .html or .pdf file and quit (no display needed).</source>
        <translation>将 --scores 在数据集上的评估报告写入此 .html 或 .pdf 文件后退出（无需显示器）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Folder of DCASE score files, for --report.</source>
        <translation>DCASE 分数文件所在的文件夹，用于 --report。</translation>
    </message>
</context>
</TS>
