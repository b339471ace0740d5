<?php
// Drives the test site's WordPress with its own PHP (Debian 12 has no wp-cli):
//   php scripts/wordpress/wp.php HOST:PORT install
//       install WordPress into the test database once (an administrator "admin"); idempotent
//   php scripts/wordpress/wp.php HOST:PORT user LOGIN ROLE
//       make sure LOGIN exists with the role ROLE (author, contributor, editor, administrator)
//       and print, as JSON, {"id", "login", "role", "unfiltered_html", "application_password"}:
//       a new application password for the REST API, the path the block editor saves through
//   php scripts/wordpress/wp.php HOST:PORT delete-posts LOGIN…
//       delete these users' posts for good (the test's clean-up)
// Reads the same config as the site (scripts/wordpress/setup.sh writes it).
if (PHP_SAPI !== 'cli') {
	exit(1);
}
[$self, $host, $command] = array_pad($argv, 3, '');
if (!preg_match('/^127\.0\.0\.1:[0-9]+$/', $host) || $command === '') {
	fwrite(STDERR, "usage: php wp.php 127.0.0.1:PORT install|user LOGIN ROLE|delete-posts LOGIN…\n");
	exit(2);
}
$_SERVER['WORDPRESS_CONFIG'] = 'civicstat-test';
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ($command === 'install') {
	define('WP_INSTALLING', true);
}
require '/usr/share/wordpress/wp-load.php';

function out($value) {
	echo json_encode($value, JSON_UNESCAPED_SLASHES), "\n";
}

switch ($command) {
	case 'install':
		// No mail to the administrator (pluggable; there is no mail server here).
		function wp_new_blog_notification() {}
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		if (is_blog_installed()) {
			out(['installed' => false, 'version' => $GLOBALS['wp_version']]);
			break;
		}
		$result = wp_install('CivicStat test site', 'admin', 'admin@example.invalid', false, '', wp_generate_password(24));
		if (is_wp_error($result)) {
			fwrite(STDERR, $result->get_error_message() . "\n");
			exit(1);
		}
		out(['installed' => true, 'version' => $GLOBALS['wp_version']]);
		break;

	case 'user':
		$login = $argv[3] ?? '';
		$role = $argv[4] ?? '';
		if (!preg_match('/^[a-z0-9-]+$/', $login) || !in_array($role, ['author', 'contributor', 'editor', 'administrator'], true)) {
			fwrite(STDERR, "user needs a login and a role\n");
			exit(2);
		}
		$user = get_user_by('login', $login);
		if (!$user) {
			$id = wp_insert_user([
				'user_login' => $login,
				'user_pass' => wp_generate_password(24),
				'user_email' => $login . '@example.invalid',
				'role' => $role,
			]);
			if (is_wp_error($id)) {
				fwrite(STDERR, $id->get_error_message() . "\n");
				exit(1);
			}
			$user = get_user_by('id', $id);
		}
		$user->set_role($role);
		// One application password per run: drop the ones earlier runs made.
		WP_Application_Passwords::delete_all_application_passwords($user->ID);
		[$password] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'civicstat-test']);
		out([
			'id' => $user->ID,
			'login' => $login,
			'role' => implode(',', $user->roles),
			'unfiltered_html' => user_can($user, 'unfiltered_html'),
			'application_password' => $password,
		]);
		break;

	case 'delete-posts':
		$deleted = 0;
		foreach (array_slice($argv, 3) as $login) {
			$user = get_user_by('login', $login);
			if (!$user) {
				continue;
			}
			foreach (get_posts(['author' => $user->ID, 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids']) as $id) {
				if (wp_delete_post($id, true)) {
					$deleted++;
				}
			}
		}
		out(['deleted' => $deleted]);
		break;

	default:
		fwrite(STDERR, "unknown command $command\n");
		exit(2);
}
