// hiernet: the headless command-line front end of HierNet Studio (the core; Qt only for `report`, and only in a GUI build).
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/DataParallel.h"
#include "cli/Manual.h"
#include "cli/StopSignals.h"

#include "util/Error.h"
#include "util/Threads.h"

#include <c10/util/Exception.h>
#include <torch/version.h>

#include <iostream>

namespace hiernet::cli {

namespace {

/// The data, the devices and the runs there are.
std::vector<Command> setupCommands()
{
    return {
        { "data", "dataset summary; the datasets there are; download CIFAR-10/100",
            "hiernet data info DATASET [--json] [--split-seed S]\n"
            "hiernet data list [--dir DIR] [--json]\n"
            "hiernet data get cifar10|cifar100 [--dir DIR] [--mirror URL]\n"
            "  DATASET: fashion-mnist | cifar10 | cifar100 (downloaded) | idx:DIR | cifar10:DIR | cifar100:DIR | folder:DIR\n"
            "  get: the official archive (its MD5 checked before unpacking) into DIR (default $XDG_DATA_HOME/hiernet/datasets,\n"
            "  ~/.local/share/hiernet/datasets); run again to resume a cut transfer; --mirror: a base URL (http, https or\n"
            "  file) holding the same archive names. Ctrl-C keeps what arrived for the resume.\n",
            runData },
        { "devices", "the devices this build can train on (CPU threads, each CUDA GPU)",
            "hiernet devices [--json]\n"
            "  Each CUDA device's name, memory and compute capability, or why there is none.\n",
            runDevices },
        { "runs", "the runs in a folder with their status (interrupted: killed while training; resume it)",
            "hiernet runs [FOLDER] [--json]\n"
            "  FOLDER: default ~/hiernet-runs. Status: created, running, interrupted (run.json says running but the process\n"
            "  that trained it is gone: killed, crashed or rebooted; --resume goes on from its checkpoint), finished,\n"
            "  cancelled (stopped; resumable), diverged, failed.\n",
            runRuns },
    };
}

/// Training: backbones and HierNets, on one process or several.
std::vector<Command> trainingCommands()
{
    return {
        { "train-backbone", "train a ResNet / ELU-ResNet backbone into a run directory",
            "hiernet train-backbone --data DATASET --arch resnet|elu-resnet --n N --schedule "
            "paper|reference|paper-backbone|quick|custom\n"
            "                       [--iterations K | --epochs E] [--batch 128] [--seed S] [--device auto|cpu|cuda] --out "
            "RUNDIR\n"
            "                       [--boundaries I1,I2 --rates R0,R1,R2] [--weight-decay 1e-4] [--momentum 0.9] [--augment "
            "flip-translate|flip-translate-bilinear|flip|none]\n"
            "                       [--batch-norm torch|keras] [--init he-normal|keras]\n"
            "                       [--validate-every K] [--checkpoint-every K] [--split-seed S]\n"
            "                       [--channels-last | --no-channels-last] [--bf16] [--cuda-graphs] [--data-on-host]\n"
            "                       [--nproc N] [--sync-bn]\n"
            "hiernet train-backbone --continue-from RUNDIR --iterations K --out RUNDIR [trainer options]\n"
            "hiernet train-backbone --resume RUNDIR [--nproc N]\n"
            "  --continue-from: start from another backbone run's trained weights (its data, split and network), e.g. to\n"
            "  train it on for as long as a HierNet trained after the transfer (a same-budget comparison).\n"
            "  Ctrl-C stops after the current step and keeps a checkpoint; --resume goes on from it.\n"
            "  The quick schedule (the default) is the CPU preset: 6 epochs, --augment flip and --channels-last unless told\n"
            "  otherwise. paper-backbone: the paper code's backbone schedule for n < 18 (0.1, 0.01 at 32K, 0.001 at 48K,\n"
            "  decoupled decay). --augment flip-translate-bilinear: shifts of any fraction of a pixel (the paper code's).\n"
            "  --batch-norm keras: running statistics 0.99 / 0.01, epsilon 1e-3 (torch: 0.9 / 0.1, 1e-5); --init keras:\n"
            "  truncated He-normal convolutions, Glorot-uniform heads (he-normal: He-normal for both).\n"
            "  Speed switches (same training up to rounding): --channels-last (NHWC), --bf16 (bf16 autocast forward),\n"
            "  --cuda-graphs (whole step captured as a CUDA graph, CUDA only); --data-on-host keeps the train set in\n"
            "  host memory and copies each batch (the plain path; by default it lives on the training device).\n"
            "  Data parallel: --nproc N trains with N processes on this machine (one per GPU with NCCL, else CPU shares with\n"
            "  Gloo); --batch stays the global batch, split evenly, and the schedule is unchanged. Started by a cluster\n"
            "  launcher instead (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT set, as torchrun does), the same\n"
            "  command joins the others; rank 0 writes the run, which every node must see at the same path. Each rank\n"
            "  normalises batch norm with its own share (as PyTorch DDP); --sync-bn uses the global batch's statistics,\n"
            "  which trains exactly as one process. HIERNET_DIST_TIMEOUT: seconds a rank waits for the others (1800).\n",
            runTrainBackbone },
        { "train-hiernet", "train a HierNet (tree of CNNs) on a hierarchy, with transfer from a backbone run",
            "hiernet train-hiernet --backbone RUNDIR --hierarchy hierarchy.json --out RUNDIR [--splits S1,S2 --extra K1,K2]\n"
            "                      [--root-pretrain K [--root-pretrain-frozen]] [--seed-leaf-heads] [--fused-siblings] [--data D "
            "--arch A --n N] [trainer options as train-backbone]\n"
            "hiernet train-hiernet --resume RUNDIR [--nproc N]\n"
            "  --root-pretrain K: first train the root network on group labels, K iterations of the main schedule (the\n"
            "  paper's code); --root-pretrain-frozen: only the root's classifier over the frozen trunk (quick cosine).\n"
            "  --splits: block index where each level's edges end (default: the paper's per n); --extra: additional\n"
            "  classifier blocks per level. --data/--arch/--n default to the backbone run's.\n",
            runTrainHierNet },
    };
}

/// A trained HierNet explained: routes, Grad-CAM maps, the report, the whole protocol.
std::vector<Command> explanationCommands()
{
    return {
        { "route", "explain one image's route through a HierNet",
            "hiernet route RUNDIR [--split test] (--index I | --first-misrouted) [--json]\n", runRoute },
        { "explain", "Grad-CAM maps of an image's route: where each node looked (PNG and JSON)",
            "hiernet explain RUNDIR [--split test] (--index I | --first-misrouted) [--node NAME [--class C]] [--opacity 0.5] "
            "[--scale S]\n"
            "                [--device D] --out DIR\n"
            "  Without --node: at every node of the route taken and of the true path, the map of the output it chose and of\n"
            "  the true one; at the leaf group, of the predicted and the true class; and the backbone's for its prediction\n"
            "  and the true class. --node NAME: that node alone ('backbone' for the backbone); --class C: one output of it\n"
            "  (a child group or class name). Writes DIR/NN-<node>-<output>-overlay.png (over the image, --opacity) and\n"
            "  -map.png, DIR/image.png (scaled --scale times; default: to 224 pixels) and DIR/explain.json (probabilities,\n"
            "  logits, the layer each map comes from and the map at its resolution).\n",
            runExplain },
        { "predict", "your own images through a trained HierNet (or backbone): route and top-k",
            "hiernet predict RUNDIR IMAGE|FOLDER… [--top 5] [--json] [--device D]\n"
            "  Each image (PNG, JPEG, BMP, PGM/PPM, …; a folder's files in name order) converted to the run's input — its\n"
            "  channels (RGB → grey by luminance, grey → RGB repeated), the shorter side resized to the dataset's size,\n"
            "  the centre crop, the dataset's normalisation — then for a HierNet run the route (each node's choice and\n"
            "  probability) and the fast and slow top-k, for a backbone run its top-k. A file that is not an image is\n"
            "  named on stderr and skipped; the exit status is then 1.\n",
            runPredict },
        { "report", "a finished HierNet run's or a sweep's report as PDF or HTML, to share",
            "hiernet report RUNDIR|SWEEPDIR --out report.pdf|report.html [--images 8]\n"
            "  Dataset and configuration, the backbone's curves, its CPM ordered by the groups, the tree with node\n"
            "  accuracies, slow / fast / root accuracy and mistake severities beside the backbone's (and the same-budget\n"
            "  backbone's where there is one), the per-node confusion, and the --images most confident misrouted test\n"
            "  images with their routes and the root's Grad-CAM. A sweep folder's report (hiernet sweep): its accuracy\n"
            "  against the number of groups beside the same-budget backbone, the table of every point and the runs'\n"
            "  validation curves. HTML is one file (images inline). Needs a build with the GUI.\n",
            runReport },
        { "reproduce", "backbone → CPM → grouping → HierNet → test table, in one go",
            "hiernet reproduce --data D --arch resnet|elu-resnet --n N [--table 1|2 [--rows N1,N2]] [--p-min X --g-max N] "
            "[--fused-siblings] [--seed-leaf-heads] [--root-pretrain K] --out DIR\n"
            "                  [trainer options as train-backbone, --nproc N included]\n"
            "  --table 1|2: the paper's Table 1 (ResNet) or 2 (ELU-ResNet), one row per n (3, 5, 7, 9, 18; --rows 3,5 or --n\n"
            "  for fewer) in OUT/n<N>/, trained as the published runs were (the paper's code): backbones paper-backbone for\n"
            "  n < 18 and reference for n = 18, HierNets reference, --augment flip-translate-bilinear, --batch-norm keras,\n"
            "  --init keras, no root pre-training; the paper's p_min, g_max, split points and additional blocks.\n"
            "  OUT/table.md and table.csv put the test accuracies beside the published ones. Every flag overrides.\n"
            "  The HierNet follows the paper's code: transfer from the backbone, leaf heads fresh (--seed-leaf-heads: from\n"
            "  the backbone's FC rows). --root-pretrain K first trains the root network on group labels for K iterations\n"
            "  (the paper code's option; without --table it is on, as long as the main training; 0: none).\n"
            "  Re-running continues where it stopped.\n",
            runReproduce },
        { "sweep", "HierNets over a grid of p_min / g_max (α, levels) from one backbone, to compare",
            "hiernet sweep --backbone RUNDIR --p-min 0.0025,0.005,0.01 --g-max 20,50 [--balance 0,1] [--levels 1,2] "
            "[--splits S1,S2 --extra E1,E2] [--fused-siblings] [--seed-leaf-heads] [--root-pretrain K] --out DIR\n"
            "                  [trainer options as train-backbone, --nproc N included]\n"
            "hiernet sweep --resume DIR [--device D] [--nproc N]\n"
            "  One HierNet run per point of the grid (every combination of the lists) in DIR/points/NAME, each trained\n"
            "  with transfer from the finished backbone RUNDIR on its CPM's grouping at that point (--levels L: L levels,\n"
            "  each with the point's p_min, g_max and α); an ordinary run that hiernet-studio, eval, explain and report\n"
            "  open. Points whose grouping comes out identical are trained once and share the run. The backbone trained on\n"
            "  for the HierNets' iterations once (DIR/backbone-same-budget). DIR/sweep.json and sweep.csv, written as\n"
            "  points finish: per point its groups and sizes, the CPM's root estimate and the measured root, slow and fast\n"
            "  top-1 (val, test), mean mistake severity, parameters, iterations, wall time and images/s. Re-running the\n"
            "  same command (or --resume DIR, with the settings sweep.json holds) continues a stopped or killed sweep;\n"
            "  hiernet report DIR writes its report.\n",
            runSweep },
    };
}

/// Measurements: CPMs, evaluations, groupings, speed.
std::vector<Command> measurementCommands()
{
    return {
        { "cpm", "confusion probability matrix of a backbone run (writes cpm.json)",
            "hiernet cpm RUNDIR [--split val] [--device D]\n"
            "hiernet cpm --from-predictions PROBS.npy|.csv --labels LABELS.npy|.csv [--classes names.txt] --out cpm.json\n"
            "  the CPM of a model trained elsewhere: its per-image class probabilities (images × classes, each row a\n"
            "  softmax) and the true labels, as NumPy .npy (float32/float64, integer labels) or CSV; --classes: one name\n"
            "  per line (default 0 … K-1). The studio's Confusion and Grouping pages open the result (or a K×K .npy / CSV).\n"
            "hiernet cpm --synthetic N [--seed 42] [--classes names.txt] --out cpm.json\n"
            "  a synthetic CPM of N classes in hidden clusters (what `bench grouping` groups), to try the studio at scale\n",
            runCpm },
        { "eval", "evaluate a run on a split",
            "hiernet eval RUNDIR [--split val|test] [--json] [--device D] [--hierarchy H.json] [--coarse-threshold T]\n"
            "  backbone runs: top-1/top-5; HierNet runs: conditional (slow) and routing (fast) accuracy, per node, error kinds,\n"
            "  and the mistake severity (height of the lowest common ancestor of true and predicted class) of the fast and the\n"
            "  slow prediction beside the backbone's, measured against the run's hierarchy. --hierarchy: the severity of a\n"
            "  backbone run's mistakes in that hierarchy. Both also get hierarchical precision, recall and F1 (ancestor sets,\n"
            "  micro and macro) and the accuracy per level; a HierNet the curve of the routing that stops at a group when\n"
            "  unsure (coverage, leaf accuracy, mean severity over the threshold); --coarse-threshold T adds T to it (and to\n"
            "  --json as \"coarse_threshold\").\n",
            runEval },
        { "group", "group classes by a CPM (the paper's grouping)",
            "hiernet group --cpm FILE --g-max N --p-min X [--levels P1:G1,P2:G2,...] [--balance A] [--reference HIERARCHY.json]\n"
            "              [--out hierarchy.json] [--json]\n"
            "  FILE: cpm.json or a CSV square matrix (optional header row of class names)\n"
            "  --levels: recursive grouping, each level applied inside the groups of the previous one\n"
            "  --balance: balance-aware grouping, pairs ranked by proximity x (2 / (|A| + |B|))^A; 0 (default) is the paper's "
            "rule\n"
            "  --reference: a hierarchy to compare with (adjusted Rand index)\n"
            "  Also reports what the CPM promises of the grouping: per group the share of its classes' CPM mass that stays\n"
            "  inside it, the root accuracy that implies, and the group sizes' balance.\n",
            runGroup },
        { "bench", "speed benchmarks",
            "hiernet bench grouping --classes N [--repeats R] [--g-max 50] [--json]\n"
            "hiernet bench train --arch resnet|elu-resnet --n N [--model backbone|hiernet] [--groups 7] [--fused] [--batch 128]\n"
            "                    [--device auto|cpu|cuda] [--classes 10] [--image 32] [--channels 3] [--threads T] "
            "[--channels-last | --no-channels-last]\n"
            "                    [--bf16] [--cuda-graphs] [--with-data [--data-on-host]] [--warmup 5] [--steps 20] [--json]\n"
            "                    [--nproc N [--sync-bn]] [--count-ops]\n"
            "  Training images/s of one SGD step (forward, backward, update) on synthetic input, after warm-up.\n"
            "  --count-ops: what one eager step dispatches, per phase: top-level ops of the forward (views left out),\n"
            "  autograd nodes of the backward, ops of the optimizer (zero_grad and update); and the parameter tensors.\n"
            "  --nproc N: the same global batch over N processes, gradients averaged (data parallel, as --nproc training).\n"
            "  --with-data: each step gathers and augments its batch from a uint8 set, as training does.\n"
            "hiernet bench infer --arch resnet|elu-resnet --n N [--classes 100] [--groups 7] [--batch 256] [--device D] "
            "[--json]\n"
            "  Inference images/s: backbone vs HierNet fast (routing) vs HierNet full (every node).\n",
            runBench },
    };
}

} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = [] {
        std::vector<Command> all;
        for (auto part : { setupCommands(), trainingCommands(), explanationCommands(), measurementCommands() })
            all.insert(all.end(), part.begin(), part.end());
        return all;
    }();
    return list;
}

namespace {

void printHelp()
{
    std::cout << "hiernet — HierNet Studio command line\n\nUsage: hiernet COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& c : commands())
        std::cout << "  " << c.name << std::string(16 - std::min<std::size_t>(15, c.name.size()), ' ') << c.summary << "\n";
    std::cout << "\nhiernet COMMAND --help shows the options of one command; hiernet --version the version;\n"
                 "hiernet --man and hiernet --bash-completion write the manual page and the bash completion.\n";
}

} // namespace
} // namespace hiernet::cli

int main(int argc, char** argv)
{
    using namespace hiernet::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    hiernet::useThreads(threadsPerProcess()); // the ranks of a data-parallel run share the cores
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "hiernet " << HIERNET_VERSION << " (LibTorch " << TORCH_VERSION << ")\n";
        return 0;
    }
    if (args[0] == "--man") {
        std::cout << manPage(commands(), HIERNET_VERSION);
        return 0;
    }
    if (args[0] == "--bash-completion") {
        std::cout << bashCompletion(commands());
        return 0;
    }
    for (const auto& command : commands()) {
        if (command.name != args[0])
            continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& a : rest)
            if (a == "--help" || a == "-h") {
                std::cout << "Usage: " << command.usage;
                return 0;
            }
        try {
            CommandContext context;
            rejectUnknownOptions(rest, knownOptions(command), command.name);
            // A training command stops with a checkpoint on SIGINT, SIGTERM, SIGHUP and SIGUSR1 (StopSignals.h).
            if (command.name == "train-backbone" || command.name == "train-hiernet" || command.name == "reproduce"
                || command.name == "sweep")
                installStopSignals();
            if (knownOptions(command).count("nproc")) {
                const int processes = takeProcessCount(rest);
                if (processes > 1 && command.name == "bench" && (rest.empty() || rest[0] != "train"))
                    throw hiernet::Error("--nproc is for hiernet bench train (the other benchmarks run in one process)");
                if (processes > 1)
                    return launchRanks(processes, command.name, rest);
                context.communicator = joinRunIfLaunched(rest);
            }
            return command.run(rest, context);
        } catch (const hiernet::Error& e) {
            std::cerr << "hiernet " << command.name << ": error: " << e.what() << "\n";
        } catch (const c10::Error& e) {
            std::cerr << "hiernet " << command.name << ": error: " << e.what_without_backtrace() << "\n";
        } catch (const std::exception& e) {
            std::cerr << "hiernet " << command.name << ": error: " << e.what() << "\n";
        }
        return 1;
    }
    std::cerr << "hiernet: unknown command '" << args[0] << "'\n\n";
    printHelp();
    return 2;
}
