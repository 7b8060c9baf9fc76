# Sourced by kafka.sh and redis.sh (kept out of common.sh, whose hash keys CI's cache of the installed versions).
# Whether pid $1 is alive and its command line contains $2: a pid in a stale pid file may belong to another program by
# now, and that one is never signalled. (Without /proc only liveness can be checked.)
pid_runs() {
  [[ "$1" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
  [[ -r /proc/self/cmdline ]] || return 0
  tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}
