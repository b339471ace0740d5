#!/usr/bin/env bash
# The WordPress that test/cli/wordpress.test.ts posts to: Debian's own packages, a database,
# a site config and a test-only must-use plugin. Idempotent; run as root.
#
#   scripts/wordpress/setup.sh               install what is missing (one apt-get call), then configure
#   scripts/wordpress/setup.sh --no-install  configure only; exit 3 when a package is missing
#
# What it leaves (nothing is left running; MariaDB is started for the database set-up and
# stopped again if this script started it):
#   Debian packages wordpress, wordpress-theme-twentytwentyone, mariadb-server, php-cli, php-mysql
#   database civicstat_wp_test, user civicstat_wp@localhost (MariaDB's unix socket)
#   /etc/wordpress/config-civicstat-test.php   read by Debian's /usr/share/wordpress/wp-config.php
#                                              when $_SERVER['WORDPRESS_CONFIG'] is civicstat-test
#                                              (scripts/wordpress/router.php sets it)
#   /var/lib/civicstat-wp-test/wp-content      the test site's own content dir: Debian's themes,
#                                              no plugins, and mu-plugins/civicstat-test-loopback.php
# WordPress itself is installed into the database by the test (scripts/wordpress/wp.php install),
# since its URL carries a port chosen at run time.
#
# wp-cli is not in Debian 12 (`apt-cache policy wp-cli` has no candidate), so nothing here uses it:
# scripts/wordpress/wp.php drives WordPress with its own PHP.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install=1
case "${1:-}" in
  '') ;;
  --no-install) install=0 ;;
  *) echo "usage: $0 [--no-install]" >&2; exit 2 ;;
esac

PACKAGES=(wordpress wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql)
DB_NAME=civicstat_wp_test
DB_USER=civicstat_wp
# A loopback-only test database reached through a unix socket: the password guards nothing.
DB_PASSWORD=civicstat-wp-test
CONFIG=/etc/wordpress/config-civicstat-test.php
CONTENT=/var/lib/civicstat-wp-test/wp-content
SOCKET=/run/mysqld/mysqld.sock

log() { printf '[wordpress-setup] %s\n' "$*"; }

# --- packages ---------------------------------------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$install" -eq 0 ]; then
    log "not installed: ${missing[*]} (run $0 as root to install them)"
    exit 3
  fi
  [ "$(id -u)" -eq 0 ] || { log "not root: cannot install ${missing[*]}"; exit 1; }
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # One apt-get update at most: only when the lists do not know a package (a fresh machine
  # whose lists .ci/run has not just refreshed), or when they are too old to install from.
  updated=0
  for p in "${missing[@]}"; do
    if ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      apt-get update
      updated=1
      break
    fi
  done
  if ! apt-get install -y --no-install-recommends "${missing[@]}"; then
    [ "$updated" -eq 0 ] || exit 1
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
else
  log "packages present: ${PACKAGES[*]}"
fi
if apt-cache policy wp-cli 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  log "note: wp-cli is available from Debian, but this set-up does not need it"
fi

# --- database ---------------------------------------------------------------------------------
started_db=
db_up() { mariadb-admin --connect-timeout=2 ping >/dev/null 2>&1; }
stop_db() {
  if [ -n "$started_db" ]; then
    log "stopping the MariaDB this script started (pid $started_db)"
    kill "$started_db" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$started_db" 2>/dev/null || break; sleep 0.1; done
    started_db=
  fi
}
trap stop_db EXIT

sql_as_root() { mariadb --user=root --batch --skip-column-names -e "$1"; }
db_ready() { # is the test database there with the test user's access?
  mariadb --user="$DB_USER" --password="$DB_PASSWORD" --batch -e "select 1" "$DB_NAME" >/dev/null 2>&1
}

if ! db_up; then
  [ "$(id -u)" -eq 0 ] || { log "MariaDB is not running and this is not root"; exit 1; }
  install -d -o mysql -g root -m 755 /run/mysqld
  log "starting MariaDB (mariadbd --skip-networking)"
  /usr/sbin/mariadbd --user=mysql --skip-networking >/tmp/civicstat-wp-setup-mariadb.log 2>&1 &
  started_db=$!
  for _ in $(seq 1 300); do db_up && break; kill -0 "$started_db" 2>/dev/null || break; sleep 0.1; done
  db_up || { log "MariaDB did not start:"; tail -20 /tmp/civicstat-wp-setup-mariadb.log; exit 1; }
fi
if db_ready; then
  log "database $DB_NAME and user $DB_USER present"
else
  log "creating database $DB_NAME and user $DB_USER"
  sql_as_root "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;"
fi
stop_db

# --- files (written only when they differ, so a configured machine needs no root) ------------
put() { # put DEST MODE < content
  local dest=$1 mode=$2 tmp
  tmp=$(mktemp)
  cat >"$tmp"
  if [ -f "$dest" ] && cmp -s "$tmp" "$dest"; then rm -f "$tmp"; return; fi
  log "writing $dest"
  install -D -m "$mode" "$tmp" "$dest"
  rm -f "$tmp"
}
ensure_dir() { [ -d "$1" ] || { log "creating $1"; install -d -m 755 "$1"; }; }
ensure_link() { [ "$(readlink "$2" 2>/dev/null)" = "$1" ] || { log "linking $2 -> $1"; ln -sfn "$1" "$2"; }; }

# Salts: fixed per machine once written (a fresh machine gets new ones).
if [ -f "$CONFIG" ] && grep -q "define('AUTH_KEY'" "$CONFIG"; then
  salts=$(grep -E "^define\('(AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(KEY|SALT)'" "$CONFIG")
else
  salts=$(for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    printf "define('%s', '%s');\n" "$k" "$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
  done)
fi

put "$CONFIG" 644 <<PHP
<?php
// The CivicStat WordPress test site (scripts/wordpress/setup.sh writes this file; do not edit).
// Debian's wp-config.php reads it when \$_SERVER['WORDPRESS_CONFIG'] is 'civicstat-test'.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
\$table_prefix = 'wp_';
define('WP_CONTENT_DIR', '$CONTENT');
// The site answers on 127.0.0.1 at a port chosen for each run: its URL follows the request.
\$civicstat_host = isset(\$_SERVER['HTTP_HOST']) && preg_match('/^127\\.0\\.0\\.1:[0-9]+\$/', \$_SERVER['HTTP_HOST'])
  ? \$_SERVER['HTTP_HOST'] : '127.0.0.1';
define('WP_HOME', 'http://' . \$civicstat_host);
define('WP_SITEURL', 'http://' . \$civicstat_host);
// Local environment: application passwords work over plain http on loopback.
define('WP_ENVIRONMENT_TYPE', 'local');
// Never leave the machine: no outgoing HTTP but to this host, no cron, no update checks.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_ALLOW_MULTISITE', false);
define('WP_DEBUG', false);
$salts
PHP

ensure_dir "$(dirname "$CONTENT")"
ensure_dir "$CONTENT"
ensure_link /usr/share/wordpress/wp-content/themes "$CONTENT/themes"
ensure_dir "$CONTENT/plugins"
ensure_dir "$CONTENT/mu-plugins"
put "$CONTENT/mu-plugins/civicstat-test-loopback.php" 644 <"$HERE/mu-plugins/civicstat-test-loopback.php"
if [ -d "$CONTENT/uploads" ]; then :; else install -d -m 755 "$CONTENT/uploads"; fi

log "ready: WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php), PHP $(php -r 'echo PHP_VERSION;'), $(mariadbd --version | sed 's/.*Ver //; s/ for.*//')"
