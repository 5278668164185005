<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>asd::ui::AnomalyCurvePlot</name>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="29"/>
        <source>this clip</source>
        <translation>dieser Clip</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="44"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="46"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="51"/>
        <source>The detector&apos;s anomaly score along the clip. Click to play from there.</source>
        <translation>Der Anomaliewert des Detektors über den Clip. Klicken spielt ab dieser Stelle ab.</translation>
    </message>
    <message>
        <location filename="../ui/plots/AnomalyCurvePlot.cpp" line="76"/>
        <source>peak at %1 s</source>
        <translation>Spitze bei %1 s</translation>
    </message>
</context>
<context>
    <name>asd::ui::ClipPlayer</name>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="38"/>
        <source>Playback failed: %1</source>
        <translation>Wiedergabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/playback/ClipPlayer.cpp" line="46"/>
        <source>No audio output device on this machine: the clip cannot be played</source>
        <translation>Kein Audioausgabegerät auf diesem Rechner: der Clip kann nicht abgespielt werden</translation>
    </message>
</context>
<context>
    <name>asd::ui::DatasetTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/DatasetTreeModel.cpp" line="193"/>
        <source>%1 (%n clips)</source>
        <translation>
            <numerusform>%1 (%n Clip)</numerusform>
            <numerusform>%1 (%n Clips)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="155"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="176"/>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="198"/>
        <source>known anomaly</source>
        <translation>bekannte Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="199"/>
        <source>%1 anomalies</source>
        <translation>%1 Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="211"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="221"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="222"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="223"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="224"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="225"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../ui/models/DatasetTreeModel.cpp" line="226"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>asd::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Training clips</source>
        <translation>Trainingsclips</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="28"/>
        <source>Export for TensorBoard…</source>
        <translation>Für TensorBoard exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>machine ID / section</source>
        <translation>Maschinen-ID / Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="31"/>
        <source>score within its ID</source>
        <translation>Wert innerhalb seiner ID</translation>
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
        <translation>t-SNE erhält Nachbarschaften; es wird im Hintergrund berechnet</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="35"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="37"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="39"/>
        <source>Find clips by file name</source>
        <translation>Clips nach Dateinamen suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="42"/>
        <source>Rings the clips whose names contain this and lists them. Shift+drag on the plot lists the clips in a box.</source>
        <translation>Umkreist die Clips, deren Namen dies enthalten, und listet sie auf. Umschalt+Ziehen im Diagramm listet die Clips in einem Rechteck.</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="45"/>
        <source>Show the normal training clips the detector compares against, in grey</source>
        <translation>Die normalen Trainingsclips, mit denen der Detektor vergleicht, grau zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="49"/>
        <source>Write vectors.tsv and metadata.tsv, which TensorBoard&apos;s Embedding Projector loads</source>
        <translation>vectors.tsv und metadata.tsv schreiben, die der Embedding Projector von TensorBoard lädt</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="52"/>
        <source>Folder for the projector files</source>
        <translation>Ordner für die Projector-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="75"/>
        <source>The clicked clip&apos;s nearest neighbours in the embedding space; double-click one to open it</source>
        <translation>Die nächsten Nachbarn des angeklickten Clips im Einbettungsraum; Doppelklick öffnet einen</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="132"/>
        <source>Open a model and score the dataset (Jobs ▸ Score test clips) to see its embeddings here.</source>
        <translation>Öffnen Sie ein Modell und bewerten Sie den Datensatz (Jobs ▸ Testclips bewerten), um hier seine Embeddings zu sehen.</translation>
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
        <translation>HK 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="144"/>
        <source>PC 2 (%1% of variance)</source>
        <translation>HK 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="149"/>
        <source>computing t-SNE of %1 clips…</source>
        <translation>berechne t-SNE von %1 Clips…</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>lowest fifth of its ID</source>
        <translation>unterstes Fünftel seiner ID</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="203"/>
        <source>second fifth</source>
        <translation>zweites Fünftel</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>middle fifth</source>
        <translation>mittleres Fünftel</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="204"/>
        <source>fourth fifth</source>
        <translation>viertes Fünftel</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="205"/>
        <source>highest fifth of its ID</source>
        <translation>oberstes Fünftel seiner ID</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="215"/>
        <source>training clips (normal)</source>
        <translation>Trainingsclips (normal)</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="248"/>
        <source> (anomaly)</source>
        <translation> (Anomalie)</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="287"/>
        <source>matches “%1”</source>
        <translation>passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="292"/>
        <source>%n clip(s) named like “%1”</source>
        <translation>
            <numerusform>%n Clip namens „%1“</numerusform>
            <numerusform>%n Clips namens „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/EmbeddingView.cpp" line="303"/>
        <source>%n clip(s) in the box</source>
        <translation>
            <numerusform>%n Clip im Rechteck</numerusform>
            <numerusform>%n Clips im Rechteck</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="324"/>
        <source>No embeddings to export yet: score the test clips first</source>
        <translation>Noch keine Embeddings zum Exportieren: bewerten Sie zuerst die Testclips</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="336"/>
        <source>Wrote vectors.tsv and metadata.tsv to %1 (TensorBoard projector: Load)</source>
        <translation>vectors.tsv und metadata.tsv nach %1 geschrieben (TensorBoard-Projector: Load)</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="353"/>
        <source>%1 · score %2</source>
        <translation>%1 · Wert %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="354"/>
        <source>training clip</source>
        <translation>Trainingsclip</translation>
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
        <translation>Am nächsten zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="403"/>
        <source>%1 · distance %2</source>
        <translation>%1 · Abstand %2</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="419"/>
        <source>its nearest neighbours</source>
        <translation>seine nächsten Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/views/EmbeddingView.cpp" line="422"/>
        <source>clicked clip</source>
        <translation>angeklickter Clip</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncoderListModel</name>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="53"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="54"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="55"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="56"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="57"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/models/EncoderListModel.cpp" line="58"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>asd::ui::EncodersDialog</name>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="21"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="23"/>
        <source>Pretrained Encoders</source>
        <translation>Vortrainierte Encoder</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="25"/>
        <source>BEATs checkpoints (microsoft/unilm, MIT licence; e.g. BEATs_iter3_plus_AS2M.pt) as torch.save files or .safetensors. Importing reads the file without running anything in it, checks every weight against its config and records it here; the file stays where it is. Compare the SHA-256 with the publisher&apos;s. Then choose “Pretrained encoder (BEATs)” in the Jobs view.</source>
        <translation>BEATs-Checkpoints (microsoft/unilm, MIT-Lizenz; z. B. BEATs_iter3_plus_AS2M.pt) als torch.save-Dateien oder .safetensors. Beim Import wird die Datei gelesen, ohne etwas darin auszuführen, jedes Gewicht gegen ihre Konfiguration geprüft und hier vermerkt; die Datei bleibt, wo sie ist. Vergleichen Sie den SHA-256 mit dem des Herausgebers. Wählen Sie dann „Pretrained encoder (BEATs)“ in der Ansicht Aufträge.</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="54"/>
        <source>Import encoder</source>
        <translation>Encoder importieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="57"/>
        <source>Imported %1: %2 layers, %3 dimensions, SHA-256 %4</source>
        <translation>%1 importiert: %2 Schichten, %3 Dimensionen, SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="80"/>
        <source>Import encoder checkpoint</source>
        <translation>Encoder-Checkpoint importieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="81"/>
        <source>Encoder checkpoints (*.pt *.safetensors);;All files (*)</source>
        <translation>Encoder-Checkpoints (*.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/windows/EncodersDialog.cpp" line="89"/>
        <source>Reading and checking %1…</source>
        <translation>%1 wird gelesen und geprüft…</translation>
    </message>
</context>
<context>
    <name>asd::ui::InspectorView</name>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="55"/>
        <source>Log</source>
        <translation>Log</translation>
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
        <translation>Frequenzachse des Spektrogramms</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="71"/>
        <source>Levels below this are drawn in the lowest colour</source>
        <translation>Pegel darunter werden in der niedrigsten Farbe gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="72"/>
        <source>Dynamic range shown below the clip&apos;s loudest cell</source>
        <translation>Dynamikbereich unterhalb der lautesten Zelle des Clips</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="75"/>
        <source>Pin as reference</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="76"/>
        <source>Keep this clip on screen to compare others with it (Ctrl+P)</source>
        <translation>Diesen Clip zum Vergleich mit anderen auf dem Bildschirm behalten (Strg+P)</translation>
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
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="81"/>
        <source>Play the clip (Space)</source>
        <translation>Clip abspielen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="92"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="94"/>
        <source>Play selection</source>
        <translation>Auswahl abspielen</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="95"/>
        <source>Play the measured rectangle&apos;s time span (Shift+drag on the spectrogram), or else the part of the clip zoomed into view (Shift+Space)</source>
        <translation>Die Zeitspanne des gemessenen Rechtecks abspielen (Umschalt+Ziehen im Spektrogramm), sonst den sichtbar gezoomten Teil des Clips (Umschalt+Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="97"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="99"/>
        <source>Play the selection again and again until Stop</source>
        <translation>Die Auswahl immer wieder abspielen, bis Stopp</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="107"/>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="109"/>
        <source>Level against frequency: over the measured rectangle, at the mouse, or over the whole clip</source>
        <translation>Pegel über der Frequenz: im gemessenen Rechteck, an der Maus oder über den ganzen Clip</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="117"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="136"/>
        <source>Nearest normal</source>
        <translation>Nächster Normalclip</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="137"/>
        <source>Compare with the normal training clip of this clip&apos;s group nearest to it in the open model&apos;s embedding (in level per band without a model): pin it, show the level-matched difference and the group&apos;s normal spectrum range (Ctrl+Shift+P)</source>
        <translation>Mit dem normalen Trainingsclip der Gruppe vergleichen, der diesem Clip im Embedding des geöffneten Modells am nächsten ist (ohne Modell: im Pegel je Band): anheften, die pegelangeglichene Differenz und den normalen Spektralbereich der Gruppe zeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="140"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="144"/>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="145"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="146"/>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="147"/>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="148"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="149"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="170"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="172"/>
        <source>Show the selected clip minus the reference, in dB: where this recording differs from a good one</source>
        <translation>Den gewählten Clip minus die Referenz in dB zeigen: wo diese Aufnahme von einer guten abweicht</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="178"/>
        <source>Level-matched</source>
        <translation>Pegelangeglichen</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="181"/>
        <source>Take the overall level difference out of the difference, so a clip that is louder overall shows the bands that differ rather than red everywhere</source>
        <translation>Den Gesamtpegelunterschied aus der Differenz nehmen, sodass ein insgesamt lauterer Clip die abweichenden Bänder zeigt statt überall Rot</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="185"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="224"/>
        <source>Select a clip in the dataset tree to see its waveform and spectrogram.
Open a trained model (File ▸ Open Model) to see what the model sees.</source>
        <translation>Wählen Sie einen Clip im Datensatzbaum, um Wellenform und Spektrogramm zu sehen.
Öffnen Sie ein trainiertes Modell (Datei ▸ Modell öffnen), um zu sehen, was das Modell sieht.</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="369"/>
        <location filename="../ui/views/InspectorView.cpp" line="589"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="379"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 %3 · %4 · %5 Hz</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="450"/>
        <source>Reference: %1 (%2 %3, %4)</source>
        <translation>Referenz: %1 (%2 %3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="458"/>
        <source>Pinned %1 as the reference clip</source>
        <translation>%1 als Referenzclip angeheftet</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="487"/>
        <source>%1 has no normal training clips to compare with</source>
        <translation>%1 hat keine normalen Trainingsclips zum Vergleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="491"/>
        <source>Finding the nearest of %n normal clip(s)…</source>
        <translation>
            <numerusform>Suche den nächsten von %n Normalclip…</numerusform>
            <numerusform>Suche den nächsten von %n Normalclips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InspectorView.cpp" line="562"/>
        <source>%n normal training clip(s) of %1</source>
        <translation>
            <numerusform>%n normalen Trainingsclip von %1</numerusform>
            <numerusform>%n normale Trainingsclips von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="566"/>
        <source>No normal clip of %1 could be read</source>
        <translation>Kein Normalclip von %1 konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="583"/>
        <source>Pinned %1, the nearest normal clip in the model&apos;s embedding</source>
        <translation>%1 angeheftet, der nächste Normalclip im Embedding des Modells</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="585"/>
        <source>Pinned %1, the normal clip nearest in level per band</source>
        <translation>%1 angeheftet, der im Pegel je Band nächste Normalclip</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="614"/>
        <source>reference %1</source>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="639"/>
        <source>Model input: %1</source>
        <translation>Modelleingabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Mel band</source>
        <translation>Mel-Band</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="641"/>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="663"/>
        <source>anomaly score %1 (above %2% of %3&apos;s normal clips)</source>
        <translation>Anomaliescore %1 (über %2 % der normalen Clips von %3)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="667"/>
        <source>anomaly score %1</source>
        <translation>Anomaliescore %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="672"/>
        <source>%1 %2 σ</source>
        <translation>%1 %2 σ</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="673"/>
        <source>; driven by %1 (%2)</source>
        <translation>; ausgelöst von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="675"/>
        <source>; the curve is %1&apos;s</source>
        <translation>; die Kurve ist die von %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="682"/>
        <source>The open model cannot score this clip: %1</source>
        <translation>Das geöffnete Modell kann diesen Clip nicht bewerten: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="719"/>
        <source>%1–%2 s (the measured span)</source>
        <translation>%1–%2 s (die gemessene Spanne)</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="722"/>
        <source>at %1 s</source>
        <translation>bei %1 s</translation>
    </message>
    <message>
        <location filename="../ui/views/InspectorView.cpp" line="724"/>
        <source>whole clip</source>
        <translation>ganzer Clip</translation>
    </message>
</context>
<context>
    <name>asd::ui::JobsView</name>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="70"/>
        <source>&amp;Score test clips</source>
        <translation>Testclips &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="85"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="212"/>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="91"/>
        <source>The pretrained encoder the detector embeds with (File ▸ Pretrained Encoders…)</source>
        <translation>Der vortrainierte Encoder, mit dem der Detektor einbettet (Datei ▸ Vortrainierte Encoder…)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="87"/>
        <source>a new folder in %1, named after the detector and the time</source>
        <translation>ein neuer Ordner in %1, benannt nach Detektor und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="89"/>
        <source>Where the detector goes. A folder that already holds a run is replaced only if you say so.</source>
        <translation>Wohin der Detektor geschrieben wird. Ein Ordner mit einem Lauf wird nur auf Ihren Wunsch ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="101"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="102"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="103"/>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="106"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="107"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="108"/>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="109"/>
        <source>Scorer</source>
        <translation>Bewertung</translation>
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
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="132"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="133"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="134"/>
        <source>mean AUC (%)</source>
        <translation>mittlere AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="140"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="141"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="142"/>
        <source>AUC (%)</source>
        <translation>AUC (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="269"/>
        <source>Import a pretrained encoder first (File ▸ Pretrained Encoders…)</source>
        <translation>Importieren Sie zuerst einen vortrainierten Encoder (Datei ▸ Vortrainierte Encoder…)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="287"/>
        <source>Detector options: %1</source>
        <translation>Detektoroptionen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="278"/>
        <source>A mixture-aligned student needs a teacher: open or train a model first</source>
        <translation>Ein mischungsausgerichteter Schüler braucht einen Lehrer: öffnen oder trainieren Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="104"/>
        <source>Teacher</source>
        <translation>Lehrer</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="196"/>
        <source>none: open or train a model first</source>
        <translation>keins: zuerst ein Modell öffnen oder trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="226"/>
        <source>%1 already holds a run: choose another folder, or empty the field for a new one</source>
        <translation>%1 enthält bereits einen Lauf: anderen Ordner wählen oder das Feld für einen neuen leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="229"/>
        <source>Replace the run?</source>
        <translation>Lauf ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="230"/>
        <source>%1 already holds a run. Replace it? Its detector, checkpoints and scores are removed.</source>
        <translation>%1 enthält bereits einen Lauf. Ersetzen? Sein Detektor, seine Checkpoints und Werte werden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="232"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="235"/>
        <source>Resume it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="304"/>
        <source>%1 %2 on %3 → %4</source>
        <translation>%1 %2 auf %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="305"/>
        <source>Fitting</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="350"/>
        <source>Nothing to score with: open a model (File ▸ Open Model) or train one first</source>
        <translation>Nichts zum Bewerten: ein Modell öffnen (Datei ▸ Modell öffnen) oder zuerst eines trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="356"/>
        <source>Replace the scores?</source>
        <translation>Bewertungen ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="357"/>
        <source>%1 already holds score files. Replace them with this run&apos;s?</source>
        <translation>%1 enthält schon Bewertungsdateien. Durch die dieses Laufs ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="369"/>
        <source>Scoring %1 with %2</source>
        <translation>Bewerte %1 mit %2</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="379"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="411"/>
        <source>epoch %1/%2 · loss %3 · %4 samples/s · ETA %5</source>
        <translation>Epoche %1/%2 · Verlust %3 · %4 Samples/s · Restzeit %5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="430"/>
        <source>Test clips scored by the model after epoch %1; best.pt (what “Score test clips” and Results use) is epoch %2, the lowest validation loss.</source>
        <translation>Testclips bewertet vom Modell nach Epoche %1; best.pt (das „Testclips bewerten“ und Ergebnisse verwenden) ist Epoche %2, der niedrigste Validierungsverlust.</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="434"/>
        <source>Test clips scored by the adapted encoder after epoch %1; the detector keeps the last epoch&apos;s.</source>
        <translation>Testclips, bewertet vom angepassten Encoder nach Epoche %1; der Detektor behält die der letzten Epoche.</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="438"/>
        <source>epoch %1: loss %2, validation %3%4%5</source>
        <translation>Epoche %1: Verlust %2, Validierung %3%4%5</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="442"/>
        <source> (best so far)</source>
        <translation> (bisher bester)</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="444"/>
        <source>, mean AUC %1%</source>
        <translation>, mittlere AUC %1 %</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="446"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="458"/>
        <source>Test clips scored by %1 (%2): the scores Results shows.</source>
        <translation>Testclips bewertet von %1 (%2): die Werte, die Ergebnisse zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="468"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="469"/>
        <location filename="../ui/views/JobsView.cpp" line="472"/>
        <source>Job failed</source>
        <translation>Job fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobsView.cpp" line="482"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
        <translation>Filter: Wörter in beliebiger Reihenfolge (z. B. valve anomaly, target id_02)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="121"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="126"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="127"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="128"/>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="129"/>
        <source>&amp;Embeddings</source>
        <translation>E&amp;mbeddings</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="130"/>
        <source>&amp;Noise lab</source>
        <translation>&amp;Rauschlabor</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="131"/>
        <source>R&amp;uns</source>
        <translation>Lä&amp;ufe</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="156"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="160"/>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="168"/>
        <source>No model open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="173"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="219"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="220"/>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="224"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="225"/>
        <source>Pretrained &amp;Encoders…</source>
        <translation>Vortrainierte &amp;Encoder…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="227"/>
        <source>Export &amp;Scores…</source>
        <translation>&amp;Scores exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="228"/>
        <source>Folder for DCASE score and decision files</source>
        <translation>Ordner für DCASE-Score- und Entscheidungsdateien</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="232"/>
        <source>Export Metrics as &amp;CSV…</source>
        <translation>Metriken als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="233"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="237"/>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="238"/>
        <source>Export evaluation report</source>
        <translation>Auswertungsbericht exportieren</translation>
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

Wählen Sie einen Laufordner oder die darin liegende Datei detector.asd, von ASD Workbench geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="243"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="74"/>
        <source>Cannot open model %1: %2</source>
        <translation>Modell %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Not a Known Anomaly</source>
        <translation>Keine bekannte Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="110"/>
        <source>Mark as Known Anomaly</source>
        <translation>Als bekannte Anomalie markieren</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="253"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="256"/>
        <source>ASD Workbench — User Guide</source>
        <translation>ASD Workbench — Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="263"/>
        <source>Keyboard and Mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="267"/>
        <source>&amp;About ASD Workbench</source>
        <translation>&amp;Über ASD Workbench</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="268"/>
        <source>About ASD Workbench</source>
        <translation>Über ASD Workbench</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Machine anomalous sound detection: inspect recordings, train and score detectors, measure AUC and pAUC.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ASD Workbench %1&lt;/h3&gt;&lt;p&gt;Erkennung anomaler Maschinengeräusche: Aufnahmen untersuchen, Detektoren trainieren und bewerten, AUC und pAUC messen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="296"/>
        <source>Keys
</source>
        <translation>Tasten
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
Maus
  Umschalt+Ziehen im Spektrogramm	messen: Δt, Δf und die lauteste Zelle; das Spektrum über diese Spanne
  Mausrad, Ziehen	Zeit- oder Frequenzachse eines Diagramms zoomen und verschieben
  Doppelklick auf ein Diagramm	wieder den ganzen Clip zeigen
  Klick auf die Anomaliekurve	ab dort abspielen
  Linie des Histogramms ziehen	die Entscheidungsschwelle verschieben
  Klick auf einen Embedding-Punkt	seine nächsten Nachbarn auflisten; Doppelklick: Clip öffnen
  Umschalt+Ziehen in den Embeddings	die Clips im Rechteck auflisten
</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="314"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="329"/>
        <source>Scanning %1…</source>
        <translation>Durchsuche %1…</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="358"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="360"/>
        <source>Could not open dataset</source>
        <translation>Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="361"/>
        <source>%1

Choose a folder that holds recordings in a DCASE layout, a MIMII layout, or normal/ and anomaly/ subfolders.</source>
        <translation>%1

Wählen Sie einen Ordner mit Aufnahmen im DCASE- oder MIMII-Layout oder mit Unterordnern normal/ und anomaly/.</translation>
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
            <numerusform>%1: %n Clip in %2 Klassen, %3 übersprungen</numerusform>
            <numerusform>%1: %n Clips in %2 Klassen, %3 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="392"/>
        <source>%1 holds no recordings the workbench can read. It reads these layouts (a file name of each):

• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav, fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav, with attributes_00.csv
• MIMII: fan/id_00/normal/00000000.wav, fan/id_00/abnormal/00000000.wav
• any folder with normal/ and anomaly/ (or abnormal/) subfolders of WAV or FLAC files</source>
        <translation>%1 enthält keine Aufnahmen, die die Workbench lesen kann. Sie liest diese Strukturen (je ein Dateiname):

• DCASE 2020 Task 2: fan/train/normal_id_00_00000000.wav, fan/test/anomaly_id_02_00000012.wav
• DCASE 2021–2025 Task 2: valve/train/section_00_source_train_normal_0000_pat_00.wav, mit attributes_00.csv
• MIMII: fan/id_00/normal/00000000.wav, fan/id_00/abnormal/00000000.wav
• jeder Ordner mit Unterordnern normal/ und anomaly/ (oder abnormal/) mit WAV- oder FLAC-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="399"/>
        <source>%1: no recordings found</source>
        <translation>%1: keine Aufnahmen gefunden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="402"/>
        <source>No recordings found</source>
        <translation>Keine Aufnahmen gefunden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="438"/>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="469"/>
        <source>Cannot change the known anomalies</source>
        <translation>Die bekannten Anomalien können nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="472"/>
        <source>%1 is a known anomaly: fits learn from it, scoring leaves it out</source>
        <translation>%1 ist eine bekannte Anomalie: Anpassungen lernen daraus, die Bewertung lässt sie aus</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="473"/>
        <source>%1 is no longer a known anomaly</source>
        <translation>%1 ist keine bekannte Anomalie mehr</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="518"/>
        <location filename="../ui/windows/MainWindow.cpp" line="520"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="534"/>
        <source>Scores of %1 (%2) on %3, %4: %5 clips</source>
        <translation>Werte von %1 (%2) auf %3, %4: %5 Clips</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="554"/>
        <source>Open a trained detector</source>
        <translation>Einen trainierten Detektor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="555"/>
        <source>ASD Workbench detectors (*.asd *.pt)</source>
        <translation>ASD-Workbench-Detektoren (*.asd *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="570"/>
        <source>Nothing to export yet: score the test clips first (Jobs ▸ Score test clips)</source>
        <translation>Noch nichts zu exportieren: bewerten Sie zuerst die Testclips (Jobs ▸ Testclips bewerten)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="577"/>
        <source>Wrote DCASE score and decision files to %1</source>
        <translation>DCASE-Score- und Entscheidungsdateien nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="579"/>
        <location filename="../ui/windows/MainWindow.cpp" line="589"/>
        <location filename="../ui/windows/MainWindow.cpp" line="604"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="587"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="598"/>
        <source>(no model loaded)</source>
        <translation>(kein Modell geladen)</translation>
    </message>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="602"/>
        <source>Wrote the evaluation report to %1</source>
        <translation>Auswertungsbericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>asd::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="23"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="34"/>
        <source>all (pooled)</source>
        <translation>alle (gepoolt)</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="37"/>
        <source>over types</source>
        <translation>über Typen</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Best AUC</source>
        <translation>Beste AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="80"/>
        <source>Worst AUC: look at this ID first</source>
        <translation>Schlechteste AUC: diese ID zuerst ansehen</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Machine type</source>
        <translation>Maschinentyp</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>ID / section</source>
        <translation>ID / Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="92"/>
        <source>Machine ID (DCASE 2020) or section (2021 on)</source>
        <translation>Maschinen-ID (DCASE 2020) oder Sektion (ab 2021)</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="93"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>Area under the ROC curve, in %</source>
        <translation>Fläche unter der ROC-Kurve, in %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="94"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="95"/>
        <source>Partial AUC for false-positive rates up to 0.1 (McClish-standardised, as scikit-learn), in %</source>
        <translation>Partielle AUC für Falsch-positiv-Raten bis 0,1 (nach McClish standardisiert, wie scikit-learn), in %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="96"/>
        <source>pAUC</source>
        <translation>pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>Minimum AUC over the type&apos;s IDs or sections, in %</source>
        <translation>Kleinste AUC über die IDs oder Sektionen des Typs, in %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="97"/>
        <source>mAUC</source>
        <translation>mAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomalous test clips</source>
        <translation>Anomale Testclips</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="98"/>
        <source>Normal test clips</source>
        <translation>Normale Testclips</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsTableModel.cpp" line="99"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
</context>
<context>
    <name>asd::ui::NoiseView</name>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="44"/>
        <source>Select a clip in the dataset tree.</source>
        <translation>Wählen Sie einen Clip im Datensatzbaum.</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Training clips noisy too</source>
        <translation>Trainingsclips ebenfalls verrauscht</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="48"/>
        <source>Play mixture</source>
        <translation>Mischung abspielen</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="49"/>
        <source>Run sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="53"/>
        <source>Recording…</source>
        <translation>Aufnahme…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="59"/>
        <source>Signal-to-noise ratio of the mixture (RMS power)</source>
        <translation>Signal-Rausch-Verhältnis der Mischung (RMS-Leistung)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="61"/>
        <source>Mixture</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="63"/>
        <source>Clean</source>
        <translation>Sauber</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="69"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="71"/>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="77"/>
        <source>Noises separated by commas: generators or recording paths</source>
        <translation>Rauschen durch Kommas getrennt: Generatoren oder Pfade zu Aufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="78"/>
        <source>SNRs in dB separated by commas; the clean data is always included</source>
        <translation>SNRs in dB durch Kommas getrennt; die sauberen Daten sind immer dabei</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="79"/>
        <source>Noises</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="80"/>
        <source>SNRs (dB)</source>
        <translation>SNRs (dB)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="81"/>
        <source>run folders, separated by commas</source>
        <translation>Laufordner, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="82"/>
        <source>Detectors swept on the same mixtures as the open model, side by side (a student&apos;s teacher is filled in)</source>
        <translation>Detektoren, die auf denselben Mischungen wie das offene Modell verglichen werden, nebeneinander (der Lehrer eines Schülers wird eingetragen)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="86"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="88"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="90"/>
        <source>Which noise is drawn: offsets into recordings and the generated noise. The same seed gives the same mixtures; at low SNR another draw can move an AUC by a few points, so sweep two or three seeds before trusting a small difference.</source>
        <translation>Welches Rauschen gezogen wird: Versätze in Aufnahmen und das erzeugte Rauschen. Derselbe Seed ergibt dieselben Mischungen; bei niedrigem SNR kann ein anderer Zug eine AUC um einige Punkte verschieben, daher vor dem Vertrauen in einen kleinen Unterschied zwei oder drei Seeds durchlaufen.</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="93"/>
        <source>Noise seed</source>
        <translation>Rausch-Seed</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="94"/>
        <source>Scorer</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="96"/>
        <source>Mix the normal training clips too: nearest-neighbour scoring compares against them and the threshold is fitted on them. On: the whole plant is noisy, as in MIMII. Off: the reference was recorded in quiet.</source>
        <translation>Auch die normalen Trainingsclips mischen: die Nächste-Nachbarn-Bewertung vergleicht mit ihnen und die Schwelle wird an ihnen angepasst. An: die ganze Anlage ist laut, wie in MIMII. Aus: die Referenz wurde in Ruhe aufgenommen.</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="101"/>
        <source>SNR (dB); clean at the right</source>
        <translation>SNR (dB); sauber ganz rechts</translation>
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
        <translation>Bedingung</translation>
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
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Noise recording</source>
        <translation>Rauschaufnahme</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="152"/>
        <source>Audio (*.wav *.flac)</source>
        <translation>Audio (*.wav *.flac)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="161"/>
        <source>Run folder to compare with</source>
        <translation>Laufordner zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 %3, %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 %3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source>%1 dB%2</source>
        <translation>%1 dB%2</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="229"/>
        <source> (scaled to avoid clipping)</source>
        <translation> (skaliert, um Übersteuern zu vermeiden)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="239"/>
        <source>Cannot mix: %1</source>
        <translation>Mischen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="277"/>
        <source>A sweep needs an open dataset and a trained model (File ▸ Open Model, or train one)</source>
        <translation>Ein Sweep braucht einen offenen Datensatz und ein trainiertes Modell (Datei ▸ Modell öffnen, oder eines trainieren)</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="284"/>
        <source>Cannot compare with %1: no such run folder or checkpoint</source>
        <translation>Vergleich mit %1 nicht möglich: kein solcher Laufordner oder Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/views/NoiseView.cpp" line="304"/>
        <source>&apos;%1&apos; is not a number of dB</source>
        <translation>&apos;%1&apos; ist keine dB-Zahl</translation>
    </message>
</context>
<context>
    <name>asd::ui::ReportExport</name>
    <message>
        <location filename="../ui/windows/ReportExport.cpp" line="32"/>
        <source>Anomaly score</source>
        <translation>Anomaliewert</translation>
    </message>
</context>
<context>
    <name>asd::ui::ResultsView</name>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="40"/>
        <source>Machine ID / section</source>
        <translation>Maschinen-ID / Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="45"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="47"/>
        <source>Type a threshold, or drag the red line in the histogram</source>
        <translation>Schwelle eintippen oder die rote Linie im Histogramm ziehen</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="62"/>
        <source>The clips of the clicked histogram bar, highest score first; double-click one to open it</source>
        <translation>Die Clips des angeklickten Histogrammbalkens, höchster Wert zuerst; Doppelklick öffnet einen</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="84"/>
        <source>Click a run to show its scores here, in the tree and in the embeddings</source>
        <translation>Einen Lauf anklicken, um seine Werte hier, im Baum und in den Embeddings zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="97"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="98"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="107"/>
        <source>at the threshold</source>
        <translation>an der Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="110"/>
        <source>FPR ≤ 0.1 (pAUC)</source>
        <translation>FPR ≤ 0,1 (pAUC)</translation>
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
        <translation>Anomaliescore (Linie ziehen, um die Schwelle zu setzen)</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="121"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="145"/>
        <source>No scores yet: open a run that has scored this dataset, or score one (Jobs ▸ Score test clips).</source>
        <translation>Noch keine Werte: einen Lauf öffnen, der diesen Datensatz bewertet hat, oder einen bewerten (Jobs ▸ Testclips bewerten).</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="162"/>
        <source>all machines</source>
        <translation>alle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="225"/>
        <source>ROC: AUC %1%, pAUC %2%</source>
        <translation>ROC: AUC %1 %, pAUC %2 %</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="67"/>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="250"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="334"/>
        <source>per ID</source>
        <translation>je ID</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="335"/>
        <source>each ID at its own threshold</source>
        <translation>jede ID mit ihrer eigenen Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="336"/>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ResultsView.cpp" line="337"/>
        <source>%1 · precision %2 · recall %3 · F1 %4 (%5 true, %6 false alarms, %7 missed)</source>
        <translation>%1 · Präzision %2 · Trefferquote %3 · F1 %4 (%5 richtige, %6 Fehlalarme, %7 verpasste)</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunComparisonModel</name>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="82"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="83"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="84"/>
        <source>Official score</source>
        <translation>Offizieller Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="85"/>
        <source>Mean AUC</source>
        <translation>Mittlere AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="86"/>
        <source>Mean pAUC</source>
        <translation>Mittlere pAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="87"/>
        <source>Mean mAUC</source>
        <translation>Mittlere mAUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunComparisonModel.cpp" line="88"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
</context>
<context>
    <name>asd::ui::RunDiffModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="216"/>
        <source>%1 minus %2, in points</source>
        <translation>%1 minus %2, in Punkten</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="227"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="243"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="244"/>
        <source>ID / section</source>
        <translation>ID / Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="245"/>
        <source>Domain</source>
        <translation>Domäne</translation>
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
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="62"/>
        <source>&apos;%1&apos; is not a folder name.</source>
        <translation>„%1“ ist kein Ordnername.</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="66"/>
        <source>%1 exists already.</source>
        <translation>%1 gibt es schon.</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="68"/>
        <source>%1 could not be renamed (no permission, or in use?).</source>
        <translation>%1 konnte nicht umbenannt werden (keine Berechtigung oder in Gebrauch?).</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="79"/>
        <source>The workspace itself is not deleted from here.</source>
        <translation>Der Arbeitsordner selbst wird hier nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="83"/>
        <source>%1 could not be deleted completely: %2</source>
        <translation>%1 konnte nicht vollständig gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="103"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(no run.json)</source>
        <translation>(keine run.json)</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="113"/>
        <source>(unreadable run.json)</source>
        <translation>(run.json nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="136"/>
        <source>Mean over machine types, of the last evaluated epoch or the last scoring of labelled clips</source>
        <translation>Mittel über Maschinentypen, aus der letzten ausgewerteten Epoche oder der letzten Bewertung gelabelter Clips</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="140"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="141"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="142"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="143"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="144"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="145"/>
        <source>Official score</source>
        <translation>Offizieller Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="146"/>
        <source>Mean AUC</source>
        <translation>Mittlere AUC</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="147"/>
        <source>Mean pAUC</source>
        <translation>Mittlere pAUC</translation>
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
        <translation>Modell ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="33"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="35"/>
        <source>Workspace: the folder your run folders are in</source>
        <translation>Arbeitsordner: der Ordner, in dem Ihre Laufordner liegen</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="36"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="37"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="39"/>
        <source>Workspace:</source>
        <translation>Arbeitsordner:</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="86"/>
        <source>Workspace with run folders</source>
        <translation>Arbeitsordner mit Laufordnern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RunsView.cpp" line="117"/>
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n Lauf in %1</numerusform>
            <numerusform>%n Läufe in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="153"/>
        <source>%1 was made before runs recorded themselves: open it and score it to fill its metrics in.</source>
        <translation>%1 entstand, bevor Läufe sich selbst protokollierten: öffnen und bewerten Sie ihn, um seine Metriken einzutragen.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="154"/>
        <source>%1: no metrics yet (score it on labelled clips).</source>
        <translation>%1: noch keine Metriken (auf gelabelten Clips bewerten).</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="155"/>
        <source>%1: per-group metrics from %2.</source>
        <translation>%1: Metriken je Gruppe aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="163"/>
        <source>%2 (newer) against %1: green where %2 is better by half a point or more, red where worse.</source>
        <translation>%2 (neuer) gegen %1: grün, wo %2 um einen halben Punkt oder mehr besser ist, rot, wo schlechter.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="167"/>
        <source>Select a run to see its per-group metrics, two to compare them.</source>
        <translation>Wählen Sie einen Lauf für seine Metriken je Gruppe, zwei zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="168"/>
        <source>Select one run, or two to compare.</source>
        <translation>Wählen Sie einen Lauf oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <location filename="../ui/views/RunsView.cpp" line="184"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="179"/>
        <source>New folder name:</source>
        <translation>Neuer Ordnername:</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="197"/>
        <location filename="../ui/views/RunsView.cpp" line="207"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/RunsView.cpp" line="198"/>
        <source>Delete these folders and everything in them?

%1</source>
        <translation>Diese Ordner mit allem darin löschen?

%1</translation>
    </message>
</context>
<context>
    <name>asd::ui::ScorerBox</name>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="8"/>
        <source>The detector&apos;s own score</source>
        <translation>Der eigene Score des Detektors</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="10"/>
        <source>ArcFace score (own-class cross-entropy)</source>
        <translation>ArcFace-Score (Kreuzentropie der eigenen Klasse)</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="11"/>
        <source>Nearest neighbour (k = 1, cosine)</source>
        <translation>Nächster Nachbar (k = 1, Kosinus)</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="12"/>
        <source>Nearest neighbour on the backbone output (k = 1, cosine)</source>
        <translation>Nächster Nachbar auf der Backbone-Ausgabe (k = 1, Kosinus)</translation>
    </message>
    <message>
        <location filename="../ui/views/ScorerBox.cpp" line="14"/>
        <source>Compares MobileFaceNet&apos;s output before the feature perturbation head, which keeps more of the machine under heavy noise</source>
        <translation>Vergleicht die Ausgabe von MobileFaceNet vor dem Feature-Perturbation-Head, die bei starkem Rauschen mehr von der Maschine bewahrt</translation>
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
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="77"/>
        <source>Δt %1 s   Δf %2 Hz
peak %3 Hz, %4 dB at %5 s</source>
        <translation>Δt %1 s   Δf %2 Hz
Spitze %3 Hz, %4 dB bei %5 s</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="151"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="178"/>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="207"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="216"/>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="244"/>
        <source>dB difference</source>
        <translation>dB-Differenz</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="282"/>
        <source>%1 s   %2 Hz   %3 dB</source>
        <translation>%1 s   %2 Hz   %3 dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrogramPlot.cpp" line="284"/>
        <source>%1 s   row %2   %3 %4</source>
        <translation>%1 s   Zeile %2   %3 %4</translation>
    </message>
</context>
<context>
    <name>asd::ui::SpectrumPlot</name>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="26"/>
        <source>this clip</source>
        <translation>dieser Clip</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="27"/>
        <source>normal median</source>
        <translation>Median normal</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="28"/>
        <source>normal 10–90 %</source>
        <translation>normal 10–90 %</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="37"/>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="38"/>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="70"/>
        <source>peak %1 Hz, %2 dB</source>
        <translation>Spitze %1 Hz, %2 dB</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1</source>
        <translation>Spektrum, %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="73"/>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="86"/>
        <source>Spectrum, %1, against %2</source>
        <translation>Spektrum, %1, gegen %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/SpectrumPlot.cpp" line="92"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>asd::ui::WaveformPlot</name>
    <message>
        <location filename="../ui/plots/WaveformPlot.cpp" line="19"/>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
</context>
<context>
    <name>asd::ui::Workspace</name>
    <message>
        <location filename="../ui/workspace/Workspace.cpp" line="146"/>
        <source>scored now</source>
        <translation>soeben bewertet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Machine anomalous sound detection workbench</source>
        <translation>Werkzeug zur Erkennung anomaler Maschinengeräusche</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Dataset folder to open (optional).</source>
        <translation>Zu öffnender Datensatzordner (optional).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Trained detector to open: a run folder or a .pt file.</source>
        <translation>Zu öffnender trainierter Detektor: ein Laufordner oder eine .pt-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Write the evaluation report of --scores on the dataset to this .html or .pdf file and quit (no display needed).</source>
        <translation>Den Auswertungsbericht von --scores auf dem Datensatz in diese .html- oder .pdf-Datei schreiben und beenden (ohne Bildschirm).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Folder of DCASE score files, for --report.</source>
        <translation>Ordner mit DCASE-Wertedateien, für --report.</translation>
    </message>
</context>
</TS>
