#!/usr/bin/env bash
# A RabbitMQ cluster of extra nodes on this machine, beside (never replacing) the broker on
# 5672: `cluster.sh up [N]` starts N nodes (default 3) and joins them, `cluster.sh down`
# stops them and removes their data, `cluster.sh status` lists them.
#
# Node i (1..N): name enr<i>@localhost, AMQP 127.0.0.1:569<i>, distribution 2569<i>, its
# own config, env file, data and log directories and an empty plugin list under
# $ENRICHER_CLUSTER_DIR (default /tmp/enricher-cluster), and the cluster's own Erlang
# cookie through HOME. Calls /usr/lib/rabbitmq/bin/* directly: the /usr/sbin wrappers
# switch to the rabbitmq user, with its home and cookie.
#
# TLS: when $ENRICHER_CLUSTER_TLS_DIR holds ca.pem, server.pem and server.key, node 1 also
# listens for amqps:// on 127.0.0.1:5696 and asks clients for a certificate from that CA.
set -euo pipefail

BIN=/usr/lib/rabbitmq/bin
BASE=${ENRICHER_CLUSTER_DIR:-/tmp/enricher-cluster}
TLS_DIR=${ENRICHER_CLUSTER_TLS_DIR:-}
TLS_PORT=5696
N=3

log() { printf '[cluster] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Environment of node $1 for rabbitmq-server and rabbitmqctl.
node_env() {
  local i=$1 dir="$BASE/n$1"
  echo "HOME=$BASE/home"
  echo "RABBITMQ_NODENAME=enr$i@localhost"
  echo "RABBITMQ_NODE_IP_ADDRESS=127.0.0.1"
  echo "RABBITMQ_NODE_PORT=569$i"
  echo "RABBITMQ_DIST_PORT=2569$i"
  echo "RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf"
  echo "RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf"
  echo "RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config"
  echo "RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins"
  echo "RABBITMQ_MNESIA_BASE=$dir/mnesia"
  echo "RABBITMQ_LOG_BASE=$dir/log"
  echo "RABBITMQ_PID_FILE=$dir/pid"
  echo "ERL_EPMD_ADDRESS=127.0.0.1"
}

ctl() { # ctl <node> <args...>
  local i=$1; shift
  env $(node_env "$i") "$BIN/rabbitmqctl" -n "enr$i@localhost" "$@"
}

prepare() {
  local i=$1 dir="$BASE/n$1"
  mkdir -p "$dir/mnesia" "$dir/log"
  : > "$dir/rabbitmq-env.conf"
  echo '[].' > "$dir/enabled_plugins"
  echo '[].' > "$dir/advanced.config"
  {
    echo "listeners.tcp.1 = 127.0.0.1:569$i"
    echo "loopback_users = none"
    echo "cluster_partition_handling = pause_minority"
    # Nodes find each other at first boot (no join_cluster round trips).
    echo "cluster_formation.peer_discovery_backend = classic_config"
    local j
    for j in $(seq 1 "$N"); do
      echo "cluster_formation.classic_config.nodes.$j = enr$j@localhost"
    done
    echo "cluster_formation.randomized_startup_delay_range.min = 0"
    echo "cluster_formation.randomized_startup_delay_range.max = 1"
    # The test machine is shared: do not let a disk alarm block publishers.
    echo "disk_free_limit.absolute = 50MB"
    if [ "$i" = 1 ] && [ -n "$TLS_DIR" ]; then
      echo "listeners.ssl.1 = 127.0.0.1:$TLS_PORT"
      echo "ssl_options.cacertfile = $TLS_DIR/ca.pem"
      echo "ssl_options.certfile = $TLS_DIR/server.pem"
      echo "ssl_options.keyfile = $TLS_DIR/server.key"
      # Clients must show a certificate the same CA signed.
      echo "ssl_options.verify = verify_peer"
      echo "ssl_options.fail_if_no_peer_cert = true"
    fi
  } > "$dir/rabbitmq.conf"
}

start_node() { # start_node <i>: start (or restart) one node in the background
  local i=$1
  log "starting enr$i@localhost on 569$i"
  env $(node_env "$i") setsid "$BIN/rabbitmq-server" > "$BASE/n$i/log/console.out" 2>&1 < /dev/null &
}

wait_node() { # wait_node <i>: until the node runs its application
  local i=$1
  for _ in $(seq 1 120); do
    if port_open "569$i" && ctl "$i" await_startup >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  log "enr$i@localhost did not start; its log: $BASE/n$i/log"
  return 1
}

stop_node() { # stop_node <i>: stop one node, wait until its process is gone
  local i=$1 pid
  pid=$(cat "$BASE/n$i/pid" 2>/dev/null || true)
  timeout 120 env $(node_env "$i") "$BIN/rabbitmqctl" -n "enr$i@localhost" stop >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    # Only our own node's process, by its pid.
    kill -9 "$pid" 2>/dev/null || true
  fi
}

nodes() { # the node numbers that have a directory
  local d
  for d in "$BASE"/n*; do
    [ -d "$d" ] && echo "${d##*/n}"
  done
}

up() {
  local n=${1:-3} i
  [ -x "$BIN/rabbitmq-server" ] || { log "RabbitMQ is not installed ($BIN/rabbitmq-server)"; exit 2; }
  down_quiet
  mkdir -p "$BASE/home"
  # The cluster's own cookie (never the rabbitmq user's).
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$BASE/home/.erlang.cookie"
  chmod 400 "$BASE/home/.erlang.cookie"
  N=$n
  for i in $(seq 1 "$n"); do prepare "$i"; start_node "$i"; done
  for i in $(seq 1 "$n"); do wait_node "$i"; done
  if ! ctl 1 await_online_nodes "$n" --timeout 120 >/dev/null 2>&1; then
    log "the nodes did not form one cluster of $n"
    return 1
  fi
  log "up: $(seq -s, 1 "$n" | sed 's/\([0-9]\)/enr\1@localhost/g')"
}

down_quiet() {
  local i
  [ -d "$BASE" ] || return 0
  for i in $(nodes); do stop_node "$i"; done
  rm -rf "$BASE"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down_quiet; log "down" ;;
  stop-node) stop_node "$2" ;;
  start-node) start_node "$2"; wait_node "$2" ;;
  ctl) shift; i=$1; shift; ctl "$i" "$@" ;;
  status) for i in $(nodes); do ctl "$i" cluster_status 2>/dev/null | head -20 || echo "enr$i down"; done ;;
  *) echo "usage: $0 up [N] | down | stop-node I | start-node I | ctl I ARGS... | status" >&2; exit 2 ;;
esac
