<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="55"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>asd::ui::AnomalyCurvePlot</name>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="29"/>
        <source>this clip</source>
        <translation>このクリップ</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="44"/>
        <source>Anomaly</source>
        <translation>異常</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="46"/>
        <source>Time (s)</source>
        <translation>時間 (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="51"/>
        <source>The detector&apos;s anomaly score along the clip. Click to play from there.</source>
        <translation>クリップに沿った検出器の異常スコア。クリックするとそこから再生します。</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="76"/>
        <source>peak at %1 s</source>
        <translation>ピーク %1 s</translation>
    </message>
</context>
<context>
    <name>asd::ui::ClipPlayer</name>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="38"/>
        <source>Playback failed: %1</source>
        <translation>再生に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="46"/>
        <source>No audio output device on this machine: the clip cannot be played</source>
        <translation>このマシンには音声出力デバイスがありません：クリップを再生できません</translation>
    </message>
</context>
<context>
    <name>asd::ui::DatasetTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/DatasetTreeModel.cpp" line="193"/>
        <source>%1 (%n clips)</source>
        <translation>
            <numerusform>%1（%n クリップ）</numerusform>
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
        <translation>異常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="176"/>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="198"/>
        <source>known anomaly</source>
        <translation>既知の異常</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="199"/>
        <source>%1 anomalies</source>
        <translation>異常 %1 件</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="211"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="221"/>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="222"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="223"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="224"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="225"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="226"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
</context>
<context>
    <name>asd::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Training clips</source>
        <translation>学習クリップ</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Export for TensorBoard…</source>
        <translation>TensorBoard 用に書き出し…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>machine ID / section</source>
        <translation>機械 ID / セクション</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>score within its ID</source>
        <translation>ID 内でのスコア</translation>
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
        <translation>t-SNE は近傍関係を保ちます。バックグラウンドで計算します</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="35"/>
        <source>Projection</source>
        <translation>射影</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="37"/>
        <source>Colour by</source>
        <translation>色分け</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="39"/>
        <source>Find clips by file name</source>
        <translation>ファイル名でクリップを検索</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="42"/>
        <source>Rings the clips whose names contain this and lists them. Shift+drag on the plot lists the clips in a box.</source>
        <translation>名前にこの文字列を含むクリップを丸で囲み、一覧にします。プロット上で Shift+ドラッグすると枠内のクリップを一覧にします。</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="45"/>
        <source>Show the normal training clips the detector compares against, in grey</source>
        <translation>検出器が比較対象とする正常な学習クリップを灰色で表示</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="49"/>
        <source>Write vectors.tsv and metadata.tsv, which TensorBoard&apos;s Embedding Projector loads</source>
        <translation>TensorBoard の Embedding Projector が読み込める vectors.tsv と metadata.tsv を書き出します</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="52"/>
        <source>Folder for the projector files</source>
        <translation>プロジェクタ用ファイルのフォルダ</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="75"/>
        <source>The clicked clip&apos;s nearest neighbours in the embedding space; double-click one to open it</source>
        <translation>クリックしたクリップの埋め込み空間での最近傍。ダブルクリックで開きます</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="132"/>
        <source>Open a model and score the dataset (Jobs ▸ Score test clips) to see its embeddings here.</source>
        <translation>モデルを開いてデータセットをスコアリングすると（ジョブ ▸ テストクリップをスコアリング）、ここに埋め込みが表示されます。</translation>
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
        <translation>PC 1（分散の %1%）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="144"/>
        <source>PC 2 (%1% of variance)</source>
        <translation>PC 2（分散の %1%）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="149"/>
        <source>computing t-SNE of %1 clips…</source>
        <translation>%1 クリップの t-SNE を計算中…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>lowest fifth of its ID</source>
        <translation>ID 内で最も低い 5 分の 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>second fifth</source>
        <translation>2 番目の 5 分の 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>middle fifth</source>
        <translation>中央の 5 分の 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>fourth fifth</source>
        <translation>4 番目の 5 分の 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="205"/>
        <source>highest fifth of its ID</source>
        <translation>ID 内で最も高い 5 分の 1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="215"/>
        <source>training clips (normal)</source>
        <translation>学習クリップ（正常）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="248"/>
        <source> (anomaly)</source>
        <translation>（異常）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="287"/>
        <source>matches “%1”</source>
        <translation>「%1」に一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="292"/>
        <source>%n clip(s) named like “%1”</source>
        <translation>
            <numerusform>「%1」のような名前のクリップ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="303"/>
        <source>%n clip(s) in the box</source>
        <translation>
            <numerusform>枠内のクリップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="324"/>
        <source>No embeddings to export yet: score the test clips first</source>
        <translation>書き出す埋め込みがまだありません：先にテストクリップをスコアリングしてください</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="336"/>
        <source>Wrote vectors.tsv and metadata.tsv to %1 (TensorBoard projector: Load)</source>
        <translation>vectors.tsv と metadata.tsv を %1 に書き出しました（TensorBoard projector：Load）</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="353"/>
        <source>%1 · score %2</source>
        <translation>%1 · スコア %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="354"/>
        <source>training clip</source>
        <translation>学習クリップ</translation>
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
        <translation>%1 の最近傍</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="403"/>
        <source>%1 · distance %2</source>
        <translation>%1 · 距離 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="419"/>
        <source>its nearest neighbours</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="422"/>
        <source>clicked clip</source>
        <translation>クリックしたクリップ</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncoderListModel</name>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="52"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="53"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="54"/>
        <source>Layers</source>
        <translation>層数</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="55"/>
        <source>Dimension</source>
        <translation>次元</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="56"/>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="57"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="58"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncodersDialog</name>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="21"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="23"/>
        <source>Pretrained Encoders</source>
        <translation>事前学習済みエンコーダ</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="25"/>
        <source>BEATs checkpoints (microsoft/unilm, MIT licence; e.g. BEATs_iter3_plus_AS2M.pt) as torch.save files or .safetensors. Importing reads the file without running anything in it, checks every weight against its config and records it here; the file stays where it is. Compare the SHA-256 with the publisher&apos;s. Then choose “Pretrained encoder (BEATs)” in the Jobs view.</source>
        <translation>BEATs のチェックポイント（microsoft/unilm、MIT ライセンス。例：BEATs_iter3_plus_AS2M.pt）、torch.save ファイルまたは .safetensors。インポートはファイル内の何も実行せずに読み込み、すべての重みを設定と照合してここに登録します。ファイルはその場所に残ります。SHA-256 を配布元の値と比べてください。その後、ジョブビューで「事前学習済みエンコーダ (BEATs)」を選びます。</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="54"/>
        <source>Import encoder</source>
        <translation>エンコーダをインポート</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="57"/>
        <source>Imported %1: %2 layers, %3 dimensions, SHA-256 %4</source>
        <translation>%1 をインポートしました：%2 層、%3 次元、SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="80"/>
        <source>Import encoder checkpoint</source>
        <translation>エンコーダのチェックポイントをインポート</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="81"/>
        <source>Encoder checkpoints (*.pt *.safetensors);;All files (*)</source>
        <translation>エンコーダのチェックポイント (*.pt *.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="89"/>
        <source>Reading and checking %1…</source>
        <translation>%1 を読み込み、検査しています…</translation>
    </message>
</context>
<context>
    <name>asd::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Log</source>
        <translation>対数</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Mel</source>
        <translation>メル</translation>
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
        <translation>スペクトログラムの周波数軸</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="71"/>
        <source>Levels below this are drawn in the lowest colour</source>
        <translation>これより低いレベルは最も低い色で描きます</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="72"/>
        <source>Dynamic range shown below the clip&apos;s loudest cell</source>
        <translation>クリップの最も大きいセルから下に表示するダイナミックレンジ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="75"/>
        <source>Pin as reference</source>
        <translation>参照として固定</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="76"/>
        <source>Keep this clip on screen to compare others with it (Ctrl+P)</source>
        <translation>このクリップを画面に残し、他のクリップと比べます (Ctrl+P)</translation>
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
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="81"/>
        <source>Play the clip (Space)</source>
        <translation>クリップを再生（スペース）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="92"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="94"/>
        <source>Play selection</source>
        <translation>選択範囲を再生</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="95"/>
        <source>Play the measured rectangle&apos;s time span (Shift+drag on the spectrogram), or else the part of the clip zoomed into view (Shift+Space)</source>
        <translation>測定した矩形の時間範囲（スペクトログラム上で Shift+ドラッグ）を、なければズームして表示している部分を再生 (Shift+Space)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="97"/>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="99"/>
        <source>Play the selection again and again until Stop</source>
        <translation>停止するまで選択範囲を繰り返し再生</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="107"/>
        <source>Spectrum</source>
        <translation>スペクトル</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="109"/>
        <source>Level against frequency: over the measured rectangle, at the mouse, or over the whole clip</source>
        <translation>周波数に対するレベル：測定した矩形、マウス位置、またはクリップ全体</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="117"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="136"/>
        <source>Nearest normal</source>
        <translation>最も近い正常</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="137"/>
        <source>Compare with the normal training clip of this clip&apos;s group nearest to it in the open model&apos;s embedding (in level per band without a model): pin it, show the level-matched difference and the group&apos;s normal spectrum range (Ctrl+Shift+P)</source>
        <translation>このクリップのグループで、開いているモデルの埋め込みで最も近い正常な学習クリップ（モデルがなければ帯域ごとのレベルで最も近いもの）と比較します: 固定し、レベルを合わせた差分とグループの正常なスペクトル範囲を表示（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="140"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="144"/>
        <source>Axis</source>
        <translation>軸</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="145"/>
        <source>Window</source>
        <translation>窓長</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="146"/>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="147"/>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="148"/>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="149"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="170"/>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="172"/>
        <source>Show the selected clip minus the reference, in dB: where this recording differs from a good one</source>
        <translation>選択したクリップから参照を引いた差を dB で表示：この録音が正常な録音と異なる箇所</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="178"/>
        <source>Level-matched</source>
        <translation>レベル合わせ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="181"/>
        <source>Take the overall level difference out of the difference, so a clip that is louder overall shows the bands that differ rather than red everywhere</source>
        <translation>差分から全体のレベル差を除きます。全体に大きい音のクリップでも、一面の赤ではなく違う帯域が見えます</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="185"/>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="224"/>
        <source>Select a clip in the dataset tree to see its waveform and spectrogram.
Open a trained model (File ▸ Open Model) to see what the model sees.</source>
        <translation>データセットツリーでクリップを選ぶと、波形とスペクトログラムが表示されます。
学習済みモデルを開くと（ファイル ▸ モデルを開く）、モデルが見ているものが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="369"/>
        <location filename="../ui/views/InspectorView.cpp" line="589"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 を表示できません：%2</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="379"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="450"/>
        <source>Reference: %1 (%2 %3, %4)</source>
        <translation>参照：%1（%2 %3、%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="458"/>
        <source>Pinned %1 as the reference clip</source>
        <translation>%1 を参照クリップとして固定しました</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="487"/>
        <source>%1 has no normal training clips to compare with</source>
        <translation>%1 には比較する正常な学習クリップがありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="491"/>
        <source>Finding the nearest of %n normal clip(s)…</source>
        <translation>
            <numerusform>%n 個の正常クリップから最も近いものを探しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="562"/>
        <source>%n normal training clip(s) of %1</source>
        <translation>
            <numerusform>%1 の正常な学習クリップ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="566"/>
        <source>No normal clip of %1 could be read</source>
        <translation>%1 の正常クリップを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="583"/>
        <source>Pinned %1, the nearest normal clip in the model&apos;s embedding</source>
        <translation>%1 を固定しました（モデルの埋め込みで最も近い正常クリップ）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="585"/>
        <source>Pinned %1, the normal clip nearest in level per band</source>
        <translation>%1 を固定しました（帯域ごとのレベルで最も近い正常クリップ）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="614"/>
        <source>reference %1</source>
        <translation>参照 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="639"/>
        <source>Model input: %1</source>
        <translation>モデル入力：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Mel band</source>
        <translation>メル帯域</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>activation</source>
        <translation>活性</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="663"/>
        <source>anomaly score %1 (above %2% of %3&apos;s normal clips)</source>
        <translation>異常スコア %1（%3 の正常クリップの %2% より上）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="667"/>
        <source>anomaly score %1</source>
        <translation>異常スコア %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="672"/>
        <source>%1 %2 σ</source>
        <translation>%1 %2 σ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="673"/>
        <source>; driven by %1 (%2)</source>
        <translation>; 主因: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="675"/>
        <source>; the curve is %1&apos;s</source>
        <translation>; 曲線は %1 のもの</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="682"/>
        <source>The open model cannot score this clip: %1</source>
        <translation>開いているモデルはこのクリップを採点できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="719"/>
        <source>%1–%2 s (the measured span)</source>
        <translation>%1–%2 s（測定した範囲）</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="722"/>
        <source>at %1 s</source>
        <translation>%1 s の位置</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="724"/>
        <source>whole clip</source>
        <translation>クリップ全体</translation>
    </message>
</context>
<context>
    <name>asd::ui::JobsView</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Train</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <source>&amp;Score test clips</source>
        <translation>テストクリップをスコアリング(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="71"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="85"/>
        <source>all cores</source>
        <translation>すべてのコア</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Fit</source>
        <translation>フィット(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="91"/>
        <source>The pretrained encoder the detector embeds with (File ▸ Pretrained Encoders…)</source>
        <translation>検出器が埋め込みに使う事前学習済みエンコーダ（ファイル ▸ 事前学習済みエンコーダ…）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="87"/>
        <source>a new folder in %1, named after the detector and the time</source>
        <translation>%1 内の新しいフォルダー（検出器名と時刻）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="89"/>
        <source>Where the detector goes. A folder that already holds a run is replaced only if you say so.</source>
        <translation>検出器の保存先。実行結果のあるフォルダーは、指示した場合にだけ置き換えます。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset folder</source>
        <translation>データセットのフォルダ</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="102"/>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="103"/>
        <source>Encoder</source>
        <translation>エンコーダ</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="106"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="107"/>
        <source>CPU threads</source>
        <translation>CPU スレッド</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="108"/>
        <source>Run folder</source>
        <translation>実行フォルダ</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="109"/>
        <source>Scorer</source>
        <translation>スコアリング方法</translation>
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
        <translation>対数</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="132"/>
        <source>training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="133"/>
        <source>validation loss</source>
        <translation>検証損失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="134"/>
        <source>mean AUC (%)</source>
        <translation>平均 AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="140"/>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="141"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="142"/>
        <source>AUC (%)</source>
        <translation>AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="269"/>
        <source>Import a pretrained encoder first (File ▸ Pretrained Encoders…)</source>
        <translation>先に事前学習済みエンコーダをインポートしてください（ファイル ▸ 事前学習済みエンコーダ…）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="287"/>
        <source>Detector options: %1</source>
        <translation>検出器のオプション：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="278"/>
        <source>A mixture-aligned student needs a teacher: open or train a model first</source>
        <translation>混合整合生徒モデルには教師が必要です：先にモデルを開くか学習してください</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="104"/>
        <source>Teacher</source>
        <translation>教師モデル</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="196"/>
        <source>none: open or train a model first</source>
        <translation>なし: 先にモデルを開くか学習してください</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="226"/>
        <source>%1 already holds a run: choose another folder, or empty the field for a new one</source>
        <translation>%1 には既に実行結果があります: 別のフォルダーを選ぶか、欄を空にして新規作成してください</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="229"/>
        <source>Replace the run?</source>
        <translation>実行結果を置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="230"/>
        <source>%1 already holds a run. Replace it? Its detector, checkpoints and scores are removed.</source>
        <translation>%1 には既に実行結果があります。置き換えますか? 検出器、チェックポイント、スコアは削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="232"/>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="235"/>
        <source>Resume it</source>
        <translation>再開する</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="304"/>
        <source>%1 %2 on %3 → %4</source>
        <translation>%1 %2（%3）→ %4</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Fitting</source>
        <translation>フィット</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="350"/>
        <source>Nothing to score with: open a model (File ▸ Open Model) or train one first</source>
        <translation>スコアリングに使うモデルがありません：先にモデルを開くか（ファイル ▸ モデルを開く）、学習してください</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="356"/>
        <source>Replace the scores?</source>
        <translation>スコアを置き換えますか？</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="357"/>
        <source>%1 already holds score files. Replace them with this run&apos;s?</source>
        <translation>%1 にはすでにスコアファイルがあります。この実行のもので置き換えますか？</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="369"/>
        <source>Scoring %1 with %2</source>
        <translation>%1 を %2 でスコアリング中</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="379"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="411"/>
        <source>epoch %1/%2 · loss %3 · %4 samples/s · ETA %5</source>
        <translation>エポック %1/%2 · 損失 %3 · %4 サンプル/s · 残り %5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="430"/>
        <source>Test clips scored by the model after epoch %1; best.pt (what “Score test clips” and Results use) is epoch %2, the lowest validation loss.</source>
        <translation>エポック %1 の後にモデルでスコアリングしたテストクリップ。best.pt（「テストクリップをスコアリング」と結果が使うもの）は検証損失が最小のエポック %2 です。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="434"/>
        <source>Test clips scored by the adapted encoder after epoch %1; the detector keeps the last epoch&apos;s.</source>
        <translation>エポック %1 の後に適応済みエンコーダでスコアリングしたテストクリップ。検出器は最後のエポックのものを保持します。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="438"/>
        <source>epoch %1: loss %2, validation %3%4%5</source>
        <translation>エポック %1：損失 %2、検証 %3%4%5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="442"/>
        <source> (best so far)</source>
        <translation>（これまでで最良）</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="444"/>
        <source>, mean AUC %1%</source>
        <translation>、平均 AUC %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="446"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="458"/>
        <source>Test clips scored by %1 (%2): the scores Results shows.</source>
        <translation>%1（%2）でスコアリングしたテストクリップ：結果に表示されるスコアです。</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="468"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="469"/>
        <location filename="../ui/views/JobsView.cpp" line="472"/>
        <source>Job failed</source>
        <translation>ジョブが失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="482"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
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
        <translation>絞り込み：語の順序は自由（例：valve anomaly、target id_02）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="121"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="126"/>
        <source>&amp;Inspector</source>
        <translation>インスペクタ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="127"/>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="128"/>
        <source>&amp;Results</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="129"/>
        <source>&amp;Embeddings</source>
        <translation>埋め込み(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="130"/>
        <source>&amp;Noise lab</source>
        <translation>ノイズラボ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="131"/>
        <source>R&amp;uns</source>
        <translation>実行(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="160"/>
        <source>Skipped files</source>
        <translation>スキップしたファイル</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="168"/>
        <source>No model open</source>
        <translation>モデルは開かれていません</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
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
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="220"/>
        <source>&amp;Open Dataset…</source>
        <translation>データセットを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったもの(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Open &amp;Model…</source>
        <translation>モデルを開く(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="225"/>
        <source>Pretrained &amp;Encoders…</source>
        <translation>事前学習済みエンコーダ(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="227"/>
        <source>Export &amp;Scores…</source>
        <translation>スコアを書き出し(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="228"/>
        <source>Folder for DCASE score and decision files</source>
        <translation>DCASE のスコアと判定ファイルのフォルダ</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="232"/>
        <source>Export Metrics as &amp;CSV…</source>
        <translation>指標を CSV で書き出し(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>Export metrics</source>
        <translation>指標を書き出し</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="237"/>
        <source>Export &amp;Report…</source>
        <translation>レポートを書き出し(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="238"/>
        <source>Export evaluation report</source>
        <translation>評価レポートを書き出し</translation>
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

ASD Workbench が書いた実行フォルダー、またはその中の detector.asd ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="243"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="74"/>
        <source>Cannot open model %1: %2</source>
        <translation>モデル %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Not a Known Anomaly</source>
        <translation>既知の異常ではない</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Mark as Known Anomaly</source>
        <translation>既知の異常として印を付ける</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="253"/>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="256"/>
        <source>ASD Workbench — User Guide</source>
        <translation>ASD Workbench — ユーザーガイド</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard and Mouse</source>
        <translation>キーボードとマウス(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="263"/>
        <source>Keyboard and Mouse</source>
        <translation>キーボードとマウス</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="267"/>
        <source>&amp;About ASD Workbench</source>
        <translation>ASD Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="268"/>
        <source>About ASD Workbench</source>
        <translation>ASD Workbench について</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Machine anomalous sound detection: inspect recordings, train and score detectors, measure AUC and pAUC.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;機械の異常音検知：録音を調べ、検出器を学習・スコアリングし、AUC と pAUC を測定します。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書バージョン 3 以降の下で提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="296"/>
        <source>Keys
</source>
        <translation>キー
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
マウス
  スペクトログラム上で Shift+ドラッグ	計測: Δt、Δf と最も大きいセル、その区間のスペクトル
  ホイール、ドラッグ	グラフの時間軸・周波数軸のズームと移動
  グラフをダブルクリック	クリップ全体を再表示
  異常度曲線をクリック	そこから再生
  ヒストグラムの線をドラッグ	判定しきい値を移動
  埋め込みの点をクリック	最近傍を一覧; ダブルクリック: クリップを開く
  埋め込み上で Shift+ドラッグ	枠内のクリップを一覧
</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="314"/>
        <source>Open Dataset Folder</source>
        <translation>データセットのフォルダを開く</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="329"/>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="358"/>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="360"/>
        <source>Could not open dataset</source>
        <translation>データセットを開けませんでした</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="361"/>
        <source>%1

Choose a folder that holds recordings in a DCASE layout, a MIMII layout, or normal/ and anomaly/ subfolders.</source>
        <translation>%1

DCASE 形式、MIMII 形式、または normal/ と anomaly/ のサブフォルダに録音があるフォルダを選んでください。</translation>
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
            <numerusform>%1：%2 クラスに %n クリップ、%3 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="392"/>
        <source>%1 holds no recordings the workbench can read. It reads these layouts (a file name of each):

• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav, fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav, with attributes_00.csv
• MIMII: fan/id_00/normal/00000000.wav, fan/id_00/abnormal/00000000.wav
• any folder with normal/ and anomaly/ (or abnormal/) subfolders of WAV or FLAC files</source>
        <translation>%1 にはワークベンチが読める録音がありません。読めるレイアウト（各ファイル名の例）:

• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav、fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav（attributes_00.csv 付き）
• MIMII: fan/id_00/normal/00000000.wav、fan/id_00/abnormal/00000000.wav
• normal/ と anomaly/（または abnormal/）のサブフォルダーに WAV か FLAC ファイルがある任意のフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="399"/>
        <source>%1: no recordings found</source>
        <translation>%1: 録音が見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="402"/>
        <source>No recordings found</source>
        <translation>録音が見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="438"/>
        <source>Cannot open model</source>
        <translation>モデルを開けません</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="469"/>
        <source>Cannot change the known anomalies</source>
        <translation>既知の異常を変更できません</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="472"/>
        <source>%1 is a known anomaly: fits learn from it, scoring leaves it out</source>
        <translation>%1 は既知の異常です: フィットはこれから学び、採点では除外します</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="473"/>
        <source>%1 is no longer a known anomaly</source>
        <translation>%1 は既知の異常ではなくなりました</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="518"/>
        <location filename="../ui/windows/MainWindow.cpp" line="520"/>
        <source>Model: %1</source>
        <translation>モデル：%1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="534"/>
        <source>Scores of %1 (%2) on %3, %4: %5 clips</source>
        <translation>%1（%2）の %3 でのスコア、%4: %5 クリップ</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="554"/>
        <source>Open a trained detector</source>
        <translation>学習済みの検出器を開く</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="555"/>
        <source>ASD Workbench detectors (*.asd *.pt)</source>
        <translation>ASD Workbench の検出器 (*.asd *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="570"/>
        <source>Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)</source>
        <translation>書き出すものがまだありません：先にテストクリップをスコアリングしてください（ジョブ ▸ テストクリップをスコアリング）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="577"/>
        <source>Wrote DCASE score and decision files to %1</source>
        <translation>DCASE のスコアと判定ファイルを %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="579"/>
        <location filename="../ui/windows/MainWindow.cpp" line="589"/>
        <location filename="../ui/windows/MainWindow.cpp" line="604"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="587"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="598"/>
        <source>(no model loaded)</source>
        <translation>（モデルは読み込まれていません）</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="602"/>
        <source>Wrote the evaluation report to %1</source>
        <translation>評価レポートを %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>asd::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="23"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="34"/>
        <source>all (pooled)</source>
        <translation>すべて（まとめて）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>over types</source>
        <translation>全種類</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Best AUC</source>
        <translation>最高 AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Worst AUC: look at this ID first</source>
        <translation>最低 AUC：まずこの ID を確認</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Machine type</source>
        <translation>機械の種類</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>ID / section</source>
        <translation>ID / セクション</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>Machine ID (DCASE 2020) or section (2021 on)</source>
        <translation>機械 ID（DCASE 2020）またはセクション（2021 以降）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="93"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>Area under the ROC curve, in %</source>
        <translation>ROC 曲線下面積（%）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="95"/>
        <source>Partial AUC for false-positive rates up to 0.1 (McClish-standardised, as scikit-learn), in %</source>
        <translation>偽陽性率 0.1 までの部分 AUC（McClish 標準化、scikit-learn と同じ）（%）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="96"/>
        <source>pAUC</source>
        <translation>pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>Minimum AUC over the type&apos;s IDs or sections, in %</source>
        <translation>その種類の ID またはセクションでの最小 AUC（%）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>mAUC</source>
        <translation>mAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomalous test clips</source>
        <translation>異常なテストクリップ</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal test clips</source>
        <translation>正常なテストクリップ</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomaly</source>
        <translation>異常</translation>
    </message>
</context>
<context>
    <name>asd::ui::NoiseView</name>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="44"/>
        <source>Select a clip in the dataset tree.</source>
        <translation>データセットツリーでクリップを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Training clips noisy too</source>
        <translation>学習クリップにもノイズを加える</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Play mixture</source>
        <translation>混合音を再生</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="49"/>
        <source>Run sweep</source>
        <translation>スイープを実行</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="53"/>
        <source>Recording…</source>
        <translation>録音…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="59"/>
        <source>Signal-to-noise ratio of the mixture (RMS power)</source>
        <translation>混合音の SN 比（RMS パワー）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="61"/>
        <source>Mixture</source>
        <translation>混合音</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="63"/>
        <source>Clean</source>
        <translation>クリーン</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="69"/>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="71"/>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="77"/>
        <source>Noises separated by commas: generators or recording paths</source>
        <translation>カンマ区切りのノイズ：生成器または録音のパス</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="78"/>
        <source>SNRs in dB separated by commas; the clean data is always included</source>
        <translation>カンマ区切りの SNR（dB）。クリーンなデータは常に含まれます</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="79"/>
        <source>Noises</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="80"/>
        <source>SNRs (dB)</source>
        <translation>SNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="81"/>
        <source>run folders, separated by commas</source>
        <translation>実行フォルダ（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="82"/>
        <source>Detectors swept on the same mixtures as the open model, side by side (a student&apos;s teacher is filled in)</source>
        <translation>開いているモデルと同じ混合音でスイープし、並べて比べる検出器（生徒モデルの教師は自動で入ります）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="86"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="88"/>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="90"/>
        <source>Which noise is drawn: offsets into recordings and the generated noise. The same seed gives the same mixtures; at low SNR another draw can move an AUC by a few points, so sweep two or three seeds before trusting a small difference.</source>
        <translation>どのノイズを抽選するか：録音内のオフセットと生成するノイズ。同じシードは同じ混合音を与えます。低い SNR では抽選を変えるだけで AUC が数ポイント動くことがあるので、小さな差を信じる前に 2〜3 個のシードでスイープしてください。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="93"/>
        <source>Noise seed</source>
        <translation>ノイズのシード</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="94"/>
        <source>Scorer</source>
        <translation>スコアリング方法</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="96"/>
        <source>Mix the normal training clips too: nearest-neighbour scoring compares against them and the threshold is fitted on them. On: the whole plant is noisy, as in MIMII. Off: the reference was recorded in quiet.</source>
        <translation>正常な学習クリップにもノイズを混ぜる：最近傍スコアリングはそれらと比較し、しきい値もそれらで決めます。オン：MIMII のように工場全体が騒がしい。オフ：参照は静かな環境で録音された。</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="101"/>
        <source>SNR (dB); clean at the right</source>
        <translation>SNR (dB)。右端がクリーン</translation>
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
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Noise recording</source>
        <translation>ノイズの録音</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Audio (*.wav *.flac)</source>
        <translation>音声 (*.wav *.flac)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="161"/>
        <source>Run folder to compare with</source>
        <translation>比較する実行フォルダ</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 %3, %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 %3、%4）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source>%1 dB%2</source>
        <translation>%1 dB%2</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source> (scaled to avoid clipping)</source>
        <translation>（クリップしないよう縮小）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="239"/>
        <source>Cannot mix: %1</source>
        <translation>混合できません：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="277"/>
        <source>A sweep needs an open dataset and a trained model (File ▸ Open Model, or train one)</source>
        <translation>スイープには開いたデータセットと学習済みモデルが必要です（ファイル ▸ モデルを開く、または学習）</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="284"/>
        <source>Cannot compare with %1: no such run folder or checkpoint</source>
        <translation>%1 と比較できません：そのような実行フォルダやチェックポイントはありません</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="304"/>
        <source>&apos;%1&apos; is not a number of dB</source>
        <translation>「%1」は dB の数値ではありません</translation>
    </message>
</context>
<context>
    <name>asd::ui::ReportExport</name>
    <message>
        <location filename="../ui/windows/ReportExport.cpp" line="32"/>
        <source>Anomaly score</source>
        <translation>異常スコア</translation>
    </message>
</context>
<context>
    <name>asd::ui::ResultsView</name>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="40"/>
        <source>Machine ID / section</source>
        <translation>機械 ID / セクション</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="45"/>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="47"/>
        <source>Type a threshold, or drag the red line in the histogram</source>
        <translation>しきい値を入力するか、ヒストグラムの赤い線をドラッグしてください</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="62"/>
        <source>The clips of the clicked histogram bar, highest score first; double-click one to open it</source>
        <translation>クリックしたヒストグラムの棒のクリップ（スコアの高い順）。ダブルクリックで開きます</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="84"/>
        <source>Click a run to show its scores here, in the tree and in the embeddings</source>
        <translation>実行をクリックすると、そのスコアをここ、ツリー、埋め込みに表示します</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="97"/>
        <source>False positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="98"/>
        <source>True positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="107"/>
        <source>at the threshold</source>
        <translation>しきい値での値</translation>
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
        <translation>異常スコア（線をドラッグしてしきい値を設定）</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="121"/>
        <source>Clips</source>
        <translation>クリップ数</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="145"/>
        <source>No scores yet: open a run that has scored this dataset, or score one (Jobs ▸ Score test clips).</source>
        <translation>スコアはまだありません: このデータセットを採点した実行を開くか、採点してください（ジョブ ▸ テストクリップを採点）。</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="162"/>
        <source>all machines</source>
        <translation>すべての機械</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="225"/>
        <source>ROC: AUC %1%, pAUC %2%</source>
        <translation>ROC：AUC %1%、pAUC %2%</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="67"/>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>anomaly</source>
        <translation>異常</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="334"/>
        <source>per ID</source>
        <translation>ID ごと</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="335"/>
        <source>each ID at its own threshold</source>
        <translation>各 ID をそれぞれのしきい値で</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="336"/>
        <source>threshold %1</source>
        <translation>しきい値 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="337"/>
        <source>%1 · precision %2 · recall %3 · F1 %4 (%5 true, %6 false alarms, %7 missed)</source>
        <translation>%1 · 適合率 %2 · 再現率 %3 · F1 %4（正検出 %5、誤警報 %6、見逃し %7）</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunComparisonModel</name>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="82"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="83"/>
        <source>Detector</source>
        <translation>検出器</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="84"/>
        <source>Official score</source>
        <translation>公式スコア</translation>
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
        <translation>クリップ数</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunDiffModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="216"/>
        <source>%1 minus %2, in points</source>
        <translation>%1 − %2（ポイント）</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="227"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="243"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="244"/>
        <source>ID / section</source>
        <translation>ID / セクション</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="245"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
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
        <translation>実行が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="62"/>
        <source>&apos;%1&apos; is not a folder name.</source>
        <translation>「%1」はフォルダ名ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="66"/>
        <source>%1 exists already.</source>
        <translation>%1 はすでにあります。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="68"/>
        <source>%1 could not be renamed (no permission, or in use?).</source>
        <translation>%1 の名前を変更できませんでした（権限がないか、使用中？）。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="79"/>
        <source>The workspace itself is not deleted from here.</source>
        <translation>ここからワークスペース自体は削除しません。</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="83"/>
        <source>%1 could not be deleted completely: %2</source>
        <translation>%1 を完全には削除できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="103"/>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(no run.json)</source>
        <translation>（run.json なし）</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(unreadable run.json)</source>
        <translation>（run.json を読めません）</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="136"/>
        <source>Mean over machine types, of the last evaluated epoch or the last scoring of labelled clips</source>
        <translation>機械の種類での平均。最後に評価したエポック、またはラベル付きクリップの最後のスコアリングから</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="140"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="141"/>
        <source>Detector</source>
        <translation>検出器</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="142"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="143"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="144"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="145"/>
        <source>Official score</source>
        <translation>公式スコア</translation>
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
        <translation>モデルを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="35"/>
        <source>Workspace: the folder your run folders are in</source>
        <translation>ワークスペース：実行フォルダを置いているフォルダ</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="36"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="37"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="39"/>
        <source>Workspace:</source>
        <translation>ワークスペース：</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="86"/>
        <source>Workspace with run folders</source>
        <translation>実行フォルダのあるワークスペース</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RunsView.cpp" line="117"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 に %n 件の実行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="153"/>
        <source>%1 was made before runs recorded themselves: open it and score it to fill its metrics in.</source>
        <translation>%1 は実行が自身を記録するようになる前に作られました：開いてスコアリングすると指標が入ります。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="154"/>
        <source>%1: no metrics yet (score it on labelled clips).</source>
        <translation>%1：指標はまだありません（ラベル付きクリップでスコアリングしてください）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="155"/>
        <source>%1: per-group metrics from %2.</source>
        <translation>%1：%2 によるグループごとの指標。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="163"/>
        <source>%2 (newer) against %1: green where %2 is better by half a point or more, red where worse.</source>
        <translation>%2（新しい方）対 %1：%2 が 0.5 ポイント以上良いところは緑、悪いところは赤。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="167"/>
        <source>Select a run to see its per-group metrics, two to compare them.</source>
        <translation>実行を 1 つ選ぶとグループごとの指標を、2 つ選ぶと比較を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="168"/>
        <source>Select one run, or two to compare.</source>
        <translation>実行を 1 つ、または比較するなら 2 つ選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <location filename="../ui/views/RunsView.cpp" line="184"/>
        <source>Rename run</source>
        <translation>実行の名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <source>New folder name:</source>
        <translation>新しいフォルダ名：</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="197"/>
        <location filename="../ui/views/RunsView.cpp" line="207"/>
        <source>Delete runs</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="198"/>
        <source>Delete these folders and everything in them?

%1</source>
        <translation>これらのフォルダとその中身をすべて削除しますか？

%1</translation>
    </message>
</context>
<context>
    <name>asd::ui::ScorerBox</name>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="8"/>
        <source>The detector&apos;s own score</source>
        <translation>検出器自身のスコア</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="10"/>
        <source>ArcFace score (own-class cross-entropy)</source>
        <translation>ArcFace スコア（自クラスの交差エントロピー）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="11"/>
        <source>Nearest neighbour (k = 1, cosine)</source>
        <translation>最近傍（k = 1、コサイン）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="12"/>
        <source>Nearest neighbour on the backbone output (k = 1, cosine)</source>
        <translation>バックボーン出力での最近傍（k = 1、コサイン）</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="14"/>
        <source>Compares MobileFaceNet&apos;s output before the feature perturbation head, which keeps more of the machine under heavy noise</source>
        <translation>特徴摂動ヘッドの前の MobileFaceNet の出力を比較します。強いノイズの下でも機械の情報をより多く保ちます</translation>
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
        <translation>時間 (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="77"/>
        <source>Δt %1 s   Δf %2 Hz
peak %3 Hz, %4 dB at %5 s</source>
        <translation>Δt %1 s   Δf %2 Hz
ピーク %3 Hz、%4 dB（%5 s）</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="151"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="178"/>
        <source>Frequency (Hz)</source>
        <translation>周波数 (Hz)</translation>
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
        <translation>%1 s   行 %2   %3 %4</translation>
    </message>
</context>
<context>
    <name>asd::ui::SpectrumPlot</name>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="26"/>
        <source>this clip</source>
        <translation>このクリップ</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="27"/>
        <source>normal median</source>
        <translation>正常の中央値</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="28"/>
        <source>normal 10–90 %</source>
        <translation>正常 10–90 %</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="37"/>
        <source>Frequency (Hz)</source>
        <translation>周波数 (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="38"/>
        <source>Level (dB)</source>
        <translation>レベル (dB)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="70"/>
        <source>peak %1 Hz, %2 dB</source>
        <translation>ピーク %1 Hz、%2 dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1</source>
        <translation>スペクトル、%1</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1, against %2</source>
        <translation>スペクトル、%1、%2 と比較</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="92"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>asd::ui::WaveformPlot</name>
    <message>
        <location filename="../ui/plots/WaveformPlot.cpp" line="19"/>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
</context>
<context>
    <name>asd::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace/Workspace.cpp" line="146"/>
        <source>scored now</source>
        <translation>今採点</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Machine anomalous sound detection workbench</source>
        <translation>機械異常音検知ワークベンチ</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Dataset folder to open (optional).</source>
        <translation>開くデータセットのフォルダ（任意）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Trained detector to open: a run folder or a .pt file.</source>
        <translation>開く学習済み検出器：実行フォルダまたは .pt ファイル。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Write the evaluation report of --scores on the dataset to this .html or .pdf file and quit (no display needed).</source>
        <translation>--scores のデータセットに対する評価レポートをこの .html または .pdf ファイルに書き出して終了します（ディスプレイ不要）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Folder of DCASE score files, for --report.</source>
        <translation>--report 用の DCASE スコアファイルのフォルダ。</translation>
    </message>
</context>
</TS>
