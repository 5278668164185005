// SPDX-License-Identifier: GPL-3.0-or-later
// asd: the command-line face of the ASD Workbench engine, for scripts, servers and clusters.
#include "cli/Args.h"
#include "cli/Commands.h"
#include "cli/Slurm.h"
#include "util/Allocator.h"

#include <cstdio>
#include <cctype>
#include <cstring>
#include <fstream>
#include <exception>
#include <iostream>
#include <unistd.h>

namespace asd::cli {

namespace {
std::set<std::string> withSlurm(std::set<std::string> options)
{
    options.insert(slurmOptions().begin(), slurmOptions().end());
    return options;
}
} // namespace

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"scan", "index a dataset folder and count its clips",
         "usage: asd scan DIR [--json] [--threads N]\n"
         "\n"
         "Indexes DIR in any DCASE Task 2 layout (2020 normal_id_00_*.wav; 2021-2024\n"
         "section_00_source_train_normal_*.wav with attributes_SS.csv), raw MIMII\n"
         "(<type>/id_XX/{normal,abnormal}/) or any tree with normal/ and anomaly/ folders,\n"
         "and prints clip counts per machine type, ID or section, domain, split and label.\n"
         "Files that cannot be used are listed with the reason; the scan goes on.\n"
         "\n"
         "  --json       one JSON object: clips, classes, skipped [{path, error}],\n"
         "               groups [{machine_type, id, section, domain, split, label, count}]\n"
         "  --threads N  header-reading threads (default: all cores)\n",
         {"threads"}, {"json"}, runScan},
        {"synth", "write a synthetic machine-sound dataset (the demo data)",
         "usage: asd synth OUT [--layout dcase2020|dcase2023] [--types N] [--ids N]\n"
         "                 [--train N] [--test N] [--seconds S] [--severity X] [--fault KIND]\n"
         "                 [--seed S] [--threads N]\n"
         "\n"
         "Writes machine sounds with known faults in a DCASE layout under OUT: rotating\n"
         "machines (harmonic series with resonances), a valve (impulsive) and a slider\n"
         "(periodic); IDs of one type differ only subtly in speed and timbre. Test clips\n"
         "hold normals and anomalies (bearing impulses, imbalance, harmonic shift, rubbing).\n"
         "The same options and seed give identical files.\n"
         "\n"
         "  --layout     dcase2020 (default) or dcase2023 (one section, speed attribute,\n"
         "               source and target domains)\n"
         "  --types N    machine types, 1-6: fan, valve, pump, slider, gearbox, bearing (2)\n"
         "  --ids N      machine IDs (2020) or operating conditions (2023) per type (3)\n"
         "  --train N    normal training clips per ID (20)\n"
         "  --test N     test clips per ID and label (10 normal + 10 anomaly)\n"
         "  --seconds S  clip length in seconds (10, as DCASE)\n"
         "  --severity X fault strength in (0, 1] (1)\n"
         "  --fault KIND every anomaly of one kind: bearing-impulses, imbalance, harmonic-shift\n"
         "               or rubbing (default: the four in turn)\n"
         "  --seed S     random seed (1)\n"
         "  --threads N  writing threads (default: all cores)\n",
         {"layout", "types", "ids", "train", "test", "seconds", "severity", "fault", "seed", "threads"}, {}, runSynth},
        {"features", "write a clip's log-mel spectrogram as the models see it",
         "usage: asd features WAV [--preset osscl|stgram|dcase-baseline] [--out FILE] [--json]\n"
         "                        [--samples N] [--channel C]\n"
         "\n"
         "Reads WAV (resampled to 16 kHz; channel C, default 0), keeps the first N samples\n"
         "(default 160000 = 10 s, zero-padded if shorter; 0 keeps the whole clip) and writes\n"
         "the log-mel spectrogram as raw little-endian float32, row-major [n_mels][frames].\n"
         "\n"
         "  --preset   osscl (n_fft 2048, zero padding, Slaney; OS-SCL, Noisy-ArcMix; default),\n"
         "             stgram (n_fft 1024, reflect, HTK, no norm; STgram-MFN),\n"
         "             dcase-baseline (n_fft 1024, librosa log; DCASE autoencoder baselines)\n"
         "  --json     print shape and preset as JSON\n",
         {"preset", "out", "samples", "channel"}, {"json"}, runFeatures},
        {"eval", "compute AUC, pAUC and mAUC from DCASE score files",
         "usage: asd eval --scores DIR --data DATASET [--rule auto|dcase2020|dcase2021|dcase2023]\n"
         "                [--max-fpr P] [--match TEXT] [--csv FILE] [--json]\n"
         "\n"
         "Reads DCASE score files in DIR (2020: anomaly_score_<type>_id_<XX>.csv; 2021+:\n"
         "anomaly_score_<type>_section_<SS>_test.csv; lines '<file name>,<score>'), takes labels\n"
         "and domains from DATASET, and prints per-ID/section AUC and pAUC, per-type pooled\n"
         "AUC/pAUC and mAUC (minimum per-ID AUC), and their means. pAUC is scikit-learn's\n"
         "roc_auc_score(max_fpr=0.1), as every DCASE evaluator reports it. Missing, extra or\n"
         "malformed score lines are listed by file name; the exit status is then 3.\n"
         "\n"
         "Two score files for one machine type and ID or section (two seeds or tags of a run)\n"
         "are both reported and neither is used, as the official evaluator reads one:\n"
         "--match TEXT reads only the files whose names contain TEXT.\n"
         "With domains it prints the official evaluator's harmonic-mean row (AUC of AUC (source)\n"
         "and AUC (target), each column, pAUC) and the official score.\n"
         "\n"
         "  --rule     auto (default: dcase2023 when clips have domains, else dcase2020)\n"         "  --csv FILE also write the result CSV in the official evaluators' layout, for the tables\n"
         "             papers use: the 2020 evaluator's result_<team>.csv (per type its IDs' AUC and\n"
         "             pAUC and their average); with domains, that of nttcslab's 2023-2025\n"
         "             evaluators (per type its sections and means, then over all, official score);\n"
         "             with --rule dcase2021, the 2021 evaluator's (per type a row per domain and\n"
         "             section, their means, then over all)\n"
         "Where decision_result_* files sit beside them, precision, recall and F1 are added.\n"
         "\n"
         "  --json     {rule, groups[{machine_type,id,section,domain,auc,pauc,n_normal,n_anomaly,\n"
         "              precision,recall,f1}],\n"
         "              types[{machine_type,auc,pauc,mauc,...}], means{...}, problems[...]}\n",
         {"scores", "data", "rule", "max-fpr", "match", "csv"}, {"json"}, runEval},
        {"train", "fit or train a detector (asd detectors lists them)", trainHelp(),
         trainValueOptions(), trainFlags(), runTrain},
        {"detectors", "list the detector families, their options and what each is for",
         "usage: asd detectors [--json]\n\nLists what 'asd train --detector' takes, the default first.\n",
         {}, {"json"}, runDetectors},
        {"compare", "fit and score several detectors on the same data, side by side",
         "usage: asd compare --data DIR --out DIR [--detectors NAME,...] [--epochs N] [--threads N]\n"
         "                   [--no-estimate] [--json]\n"
         "       asd compare --data DIR --out DIR [--detectors ...] --slurm JOBDIR [--partition P]\n"
         "                   [--gpus N] [--time T] [--mem M] [--cpus N]\n"
         "       asd compare --merge JOBDIR [--json]\n"
         "\n"
         "Fits each detector (default: every family that needs nothing but the recordings,\n"
         "encoder-knn once per imported encoder) on DIR's normal training clips into OUT/NAME,\n"
         "scores the test clips into OUT/NAME/scores, and prints one table: per ID or section AUC\n"
         "and pAUC, per type mAUC, the official score, fit seconds and scoring milliseconds per\n"
         "clip. NAME may carry options, separated by ';': bandstats:stats=mean+std,\n"
         "osscl:epochs=20;batch=32. The table ends by naming the detector that did best: official\n"
         "score with domains, else mean AUC over IDs.\n"
         "Beside them, each detector's label-free estimate of its AUC per group (est. AUC): it\n"
         "is fitted on each half of the normal training clips and scores the other half with\n"
         "and without pseudo-faults added (clicks, a tone, a noise burst, modulation, a speed\n"
         "change). It needs no anomalies, so it also ranks the detectors on data without\n"
         "labelled test clips, where the table holds only the estimates.\n"
         "As it goes it prints a line as each detector, stage and group starts, each epoch of a\n"
         "family that trains, and a line as each detector ends; the progress line shows the time\n"
         "left in the stage.\n"
         "\n"
         "  --epochs N   the epochs of every family that trains (default: each family's own)\n"
         "  --threads N  worker threads (default: all cores)\n"
         "  --no-estimate  skip the label-free estimate (it costs two fits on half the clips)\n"
         "  --json       the events as JSON lines on stdout instead (one \"compared\" event per\n"
         "               detector holds its metrics, estimates, fit_seconds, score_ms_per_clip\n"
         "               and error)\n"
         "\n"
         "On a Slurm cluster, --slurm JOBDIR writes JOBDIR/compare.sbatch, a job array with one\n"
         "task per detector (each runs asd compare on its detector and writes JOBDIR/parts/K.json;\n"
         "--partition, --gpus, --time, --mem and --cpus (threads per task, default 1) become its\n"
         "#SBATCH lines), and\n"
         "JOBDIR/submit.sh, which submits it and a merge job that runs once every task has ended.\n"
         "--merge JOBDIR prints the same table as a local run from the parts (a missing or damaged\n"
         "part shows as that detector's failure, naming its log).\n",
         withSlurm({"data", "out", "detectors", "epochs", "threads", "merge"}), {"json", "no-estimate"}, runCompare},
        {"score", "score test clips with a trained detector and write DCASE score files",
         "usage: asd score --run RUN --data DIR --out SCORES [--scorer auto|arcface|knn] [--k K]\n"
         "                 [--metric cosine|euclidean] [--layer head|backbone] [--device cpu|cuda:K]\n"
         "                 [--batch N] [--threads N] [--projector DIR] [--json-events]\n"
         "\n"
         "RUN is a run folder or its detector.asd, of any family. The network families can score\n"
         "more than one way (--scorer, --k, --metric, --layer); the others score with their own\n"
         "back end and ignore them. Each ID's or section's decision threshold is the detector's own.\n"
         "Writes\n"
         "anomaly_score_<type>_id_XX.csv (2020) or anomaly_score_<type>_section_SS_test.csv\n"
         "(2021+) to SCORES; 'asd eval' reads them. Prints AUC/pAUC when the clips are labelled.\n"
         "\n"
         "  --scorer   auto (default: the detector's own), arcface (cross-entropy of the margin\n"
         "             logits against the clip's own class, as the references score), knn (distance\n"
         "             to the k nearest training embeddings of the same ID or section; source and\n"
         "             target banks for 2022+; the own score of mixalign students)\n"
         "  --projector DIR  also write the embeddings as DIR/vectors.tsv and DIR/metadata.tsv (file,\n"
         "             machine type, group, domain, label, score, split; the training clips after the\n"
         "             test clips for fitted detectors), which TensorBoard's Embedding Projector loads\n"
         "  --layer    the embedding kNN compares: head (default: the one ArcFace sees, after the\n"
         "             feature perturbation head) or backbone (MobileFaceNet's output before it,\n"
         "             which keeps more of the machine under heavy noise)\n"
         "  --threads N    worker threads (default: all cores)\n"
         "  --json-events  one JSON object per event on stdout\n",
         {"run", "data", "out", "scorer", "k", "metric", "layer", "device", "batch", "threads", "projector"}, {"json-events"}, runScore},
        {"mix", "write a copy of a dataset with noise mixed in at a chosen SNR",
         "usage: asd mix DATA OUT --noise SRC --snr DB [--snr-max DB] [--train] [--seed S] [--threads N]\n"
         "\n"
         "Mixes every test clip of DATA (and with --train the training clips; otherwise they\n"
         "are copied clean) with noise so that the RMS-power SNR is exactly DB, and writes the\n"
         "dataset with the same layout and CSVs to OUT. Mixtures that would clip are scaled\n"
         "down as a whole, which keeps the SNR.\n"
         "\n"
         "  --noise    white, pink, brown (stationary); babble, impulsive, modulated\n"
         "             (non-stationary); or a noise recording or a folder of them (resampled,\n"
         "             random start, looped)\n"
         "  --snr-max  draw each clip's SNR uniformly from [--snr, --snr-max]\n"
         "  --threads N  mixing threads (default: all cores)\n",
         {"noise", "snr", "snr-max", "seed", "threads"}, {"train"}, runMix},
        {"sweep", "measure how detection degrades with noise: AUC/pAUC versus SNR",
         "usage: asd sweep --run RUN[,RUN...] --data DIR --noise SRC[,SRC...] [--snr 6,0,-6]\n"
         "                 [--scorer auto|knn] [--layer head|backbone] [--clean-reference]\n"
         "                 [--device cpu|cuda:K] [--seed S] [--work DIR] [--json] [--skip-clean]\n"
         "                 [--slurm JOBDIR [--partition P] [--gpus N] [--time T] [--mem M] [--cpus N]]\n"
         "       asd sweep --merge JOBDIR [--json]\n"
         "\n"
         "Scores DIR's test clips with the detector in RUN on the clean data and under each\n"
         "noise at each SNR (default 6, 0 and -6 dB, the MIMII levels), printing the metrics of\n"
         "each condition as it finishes. --json prints one JSON object per event.\n"
         "--slurm JOBDIR writes a Slurm job array with one task per noise and SNR and a submit\n"
         "script (as asd compare --slurm does); --merge JOBDIR prints the local sweep's output\n"
         "from the tasks' parts (each condition is seeded on its own, so the figures are the same;\n"
         "the first task scores the clean data, the others run with --skip-clean).\n"
         "Several runs (say a teacher, its denoise student and its mixture-aligned student)\n"
         "hear the same mixtures, and a table at the end sets their AUCs side by side, each\n"
         "with its change from the clean data.\n"
         "The normal training clips, which nearest-neighbour scoring compares against and the\n"
         "decision threshold is fitted on, get the same noise as the test clips, as in MIMII where\n"
         "the whole plant is noisy; --clean-reference keeps them clean instead.\n"
         "--seed S draws other noise (offsets into recordings, generated noise; 1 by default):\n"
         "sweeps with a few seeds show how much of a difference is the particular noise drawn.\n"
         "--layer backbone has nearest-neighbour scoring compare MobileFaceNet's output, as\n"
         "'asd score --layer' does.\n"
         "--work DIR holds the mixed copies while they are scored (default: a folder of this\n"
         "process's own in the temporary directory); they are removed after.\n",
         withSlurm({"run", "data", "noise", "snr", "scorer", "layer", "device", "seed", "work", "merge"}), {"json", "clean-reference", "skip-clean"}, runSweep},
        {"encoders", "import, list and convert pretrained audio encoders (BEATs checkpoints)",
         "usage: asd encoders [--json]\n"
         "       asd encoders import FILE [--name NAME]\n"
         "       asd encoders convert FILE OUT.safetensors\n"
         "\n"
         "BEATs checkpoints (microsoft/unilm beats/, MIT licence: BEATs_iter3_plus_AS2M.pt and its\n"
         "fine-tuned variants) are downloaded by the user. 'import' reads FILE without running\n"
         "anything in it (a torch.save zip, or .safetensors with its cfg in the metadata or a\n"
         "config.json beside it), checks every key and shape against its config, prints its\n"
         "SHA-256 to compare with the publisher's, and records it by NAME (default: the file's\n"
         "stem) in the per-user data folder ($ASD_DATA_DIR, else $XDG_DATA_HOME/asd-workbench,\n"
         "else ~/.local/share/asd-workbench). The file stays where it is.\n"
         "Without a subcommand: the imported encoders with file, SHA-256, layers, dimension and\n"
         "parameters. 'convert' writes a checkpoint as .safetensors with its config inside.\n",
         {"name"}, {"json"}, runEncoders},
        {"embed", "write a clip's pretrained-encoder tokens",
         "usage: asd embed --encoder NAME|FILE --out OUT.f32 WAV [--layer L] [--device cpu|cuda:K] [--json]\n"
         "\n"
         "Runs WAV (resampled to 16 kHz, channel 0) through the encoder and writes the tokens of\n"
         "block L (default: the last; 0 is the first block's input) as raw little-endian float32\n"
         "[tokens][dim]. Token n covers time patch n / 8 (0.16 s each) and frequency patch n % 8.\n",
         {"encoder", "layer", "out", "device"}, {"json"}, runEmbed},
        {"devices", "list the CPU and CUDA devices that can train and score",
         "usage: asd devices [--json]\n\nLists what --device accepts: cpu, cuda:0, cuda:1, ...\n",
         {}, {"json"}, runDevices},
    };
    return list;
}

void printProgress(const std::string &what, std::size_t done, std::size_t total)
{
    static const bool tty = ::isatty(STDERR_FILENO);
    if (!tty)
        return;
    std::fprintf(stderr, "\r%s %zu/%zu%s", what.c_str(), done, total, done >= total ? "\n" : "");
    std::fflush(stderr);
}

} // namespace asd::cli

namespace {

// Troff text: a backslash doubled, and a line that starts with . or ' kept from being a request.
std::string troff(const std::string &text)
{
    std::string out;
    bool lineStart = true;
    for (char ch : text) {
        if (lineStart && (ch == '.' || ch == '\''))
            out += "\\&";
        out += ch == '\\' ? std::string("\\e") : std::string(1, ch);
        lineStart = ch == '\n';
    }
    return out;
}

// The man pages the package installs, written from the same help texts as --help:
// asd(1) lists the commands, asd-COMMAND(1) gives a command's help.
int printManPage(const std::string &command)
{
    const std::string version = ASD_VERSION;
    if (command.empty()) {
        std::cout << ".TH ASD 1 \"\" \"asd " << version << "\" \"ASD Workbench\"\n"
                  << ".SH NAME\nasd \\- machine anomalous sound detection from the command line\n"
                  << ".SH SYNOPSIS\n.B asd\n.I COMMAND\n[options]\n"
                  << ".SH DESCRIPTION\nThe command-line face of the ASD Workbench engine, for scripts, servers and "
                     "clusters. Each command has its own page, asd-COMMAND(1), and prints the same with --help.\n"
                  << ".SH COMMANDS\n";
        for (const auto &c : asd::cli::commands())
            std::cout << ".TP\n.B " << c.name << "\n" << troff(c.summary) << "\n";
        std::cout << ".SH SEE ALSO\nasd-workbench(1)\n";
        return 0;
    }
    for (const auto &c : asd::cli::commands())
        if (command == c.name) {
            std::string title = std::string("ASD-") + c.name;
            for (char &ch : title)
                ch = char(std::toupper(static_cast<unsigned char>(ch)));
            std::cout << ".TH " << title << " 1 \"\" \"asd " << version << "\" \"ASD Workbench\"\n"
                      << ".SH NAME\nasd-" << c.name << " \\- " << troff(c.summary) << "\n"
                      << ".SH DESCRIPTION\n.nf\n" << troff(c.help) << ".fi\n.SH SEE ALSO\nasd(1)\n";
            return 0;
        }
    std::cerr << "asd: no command '" << command << "'\n";
    return 2;
}

// Bash completion of the command words, of each command's options (from its declaration),
// and of file names.
void printBashCompletion()
{
    std::string words, cases;
    for (const auto &c : asd::cli::commands()) {
        words += (words.empty() ? "" : " ") + std::string(c.name);
        std::string options = "--help";
        for (const auto &o : c.valueOptions)
            options += " --" + o;
        for (const auto &f : c.flags)
            options += " --" + f;
        cases += "        " + std::string(c.name) + ") options=\"" + options + "\" ;;\n";
    }
    std::cout << "# bash completion for asd (asd --bash-completion)\n"
                 "_asd() {\n"
                 "    local cur=${COMP_WORDS[COMP_CWORD]} options=\"\"\n"
                 "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
                 "        COMPREPLY=($(compgen -W \"" << words << " --help --version\" -- \"$cur\"))\n"
                 "        return\n"
                 "    fi\n"
                 "    case ${COMP_WORDS[1]} in\n"
              << cases
              << "    esac\n"
                 "    if [[ $cur == -* ]]; then\n"
                 "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
                 "    else\n"
                 "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                 "    fi\n"
                 "}\n"
                 "complete -o filenames -F _asd asd\n";
}

void printUsage()
{
    std::cout << "asd — machine anomalous sound detection (ASD Workbench command line)\n\n"
                 "usage: asd COMMAND [options]    asd COMMAND --help    asd --version\n\ncommands:\n";
    for (const auto &c : asd::cli::commands())
        std::printf("  %-10s %s\n", c.name, c.summary);
}

} // namespace

int main(int argc, char **argv)
{
    using namespace asd::cli;
    asd::keepFreedMemoryForReuse(); // before any thread: see util/Allocator.h
    if (argc < 2) {
        printUsage();
        return 2;
    }
    const std::string cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        printUsage();
        return 0;
    }
    if (cmd == "--man")
        return printManPage(argc > 2 ? argv[2] : "");
    if (cmd == "--man-pages" && argc == 3) { // every page into a folder, for the package
        for (const std::string &page : [] {
                 std::vector<std::string> names{""};
                 for (const auto &c : asd::cli::commands())
                     names.push_back(c.name);
                 return names;
             }()) {
            const std::string path = std::string(argv[2]) + "/asd" + (page.empty() ? "" : "-" + page) + ".1";
            std::ofstream out(path);
            std::streambuf *saved = std::cout.rdbuf(out.rdbuf());
            printManPage(page);
            std::cout.rdbuf(saved);
            if (!out) {
                std::cerr << "asd: cannot write " << path << "\n";
                return 1;
            }
        }
        return 0;
    }
    if (cmd == "--bash-completion") {
        printBashCompletion();
        return 0;
    }
    if (cmd == "--version") {
        std::cout << "asd " ASD_VERSION "\n";
        return 0;
    }
    for (const auto &c : commands()) {
        if (cmd != c.name)
            continue;
        std::vector<std::string> args(argv + 2, argv + argc);
        for (const auto &a : args) {
            if (a == "--help" || a == "-h") {
                std::cout << c.help;
                return 0;
            }
        }
        try {
            return c.run(Args(args, c.valueOptions, c.flags));
        } catch (const UsageError &e) {
            std::cerr << "asd " << c.name << ": " << e.what() << " (see 'asd " << c.name << " --help')\n";
            return 2;
        } catch (const std::exception &e) {
            std::cerr << "asd " << c.name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "asd: unknown command '" << cmd << "' (see 'asd --help')\n";
    return 2;
}
