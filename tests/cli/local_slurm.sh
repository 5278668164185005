#!/bin/bash
# A single-node Slurm on this machine for tst_cli's cluster test (issue #20): munged, slurmctld
# and slurmd in DIR with their own ports and sockets, nothing outside DIR touched.
#   local_slurm.sh start DIR   (prints SLURM_CONF=DIR/slurm.conf once sinfo answers)
#   local_slurm.sh stop DIR
set -eu
cmd=$1 dir=$(realpath -m "$2")
if [ "$cmd" = stop ]; then
    # The daemons by their pid files, and anything still running from this folder's config.
    for p in slurmd slurmctld munged; do
        [ -f "$dir/$p.pid" ] && kill "$(cat "$dir/$p.pid")" 2>/dev/null || true
    done
    pkill -f -- "$dir/slurm.conf" 2>/dev/null || true
    for _ in $(seq 20); do
        pgrep -f -- "$dir/" >/dev/null || exit 0
        sleep 0.5
    done
    pkill -9 -f -- "$dir/" 2>/dev/null || true
    exit 0
fi
for tool in munged slurmctld slurmd sinfo sbatch; do
    command -v "$tool" >/dev/null || { echo "no $tool (apt-get install slurm-wlm)" >&2; exit 3; }
done
[ "$(id -u)" = 0 ] || { echo "needs root (munged and slurmd run as this user)" >&2; exit 3; }
mkdir -p "$dir/spool" "$dir/state" "$dir/munge"
chmod 700 "$dir/munge"
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
/usr/sbin/munged --socket="$dir/munge/socket" --key-file="$dir/munge/munge.key" --pid-file="$dir/munged.pid" \
    --log-file="$dir/munged.log" --seed-file="$dir/munge/seed" --force
host=$(hostname -s)
cpus=$(nproc)
cat > "$dir/slurm.conf" <<CONF
ClusterName=asdtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$dir/slurm.conf
/usr/sbin/slurmctld -f "$SLURM_CONF" -i
/usr/sbin/slurmd -f "$SLURM_CONF" -N "$host"
for _ in $(seq 60); do
    if sinfo -h -o %T 2>/dev/null | grep -q idle; then
        echo "SLURM_CONF=$SLURM_CONF"
        exit 0
    fi
    sleep 0.5
done
echo "the local Slurm did not come up; see $dir/slurmctld.log and $dir/slurmd.log" >&2
exit 4
