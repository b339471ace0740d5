<?php
// Router for PHP's built-in server in front of Debian's WordPress (test/cli/wordpress.test.ts):
//   php -S 127.0.0.1:PORT -t /usr/share/wordpress scripts/wordpress/router.php
// Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php, which Apache would
// set with SetEnv; here the router sets it. Files are served as they are, PHP files run, and
// everything else goes to index.php (WordPress's own routing, as with mod_rewrite).
$_SERVER['WORDPRESS_CONFIG'] = 'civicstat-test';

$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '..') !== false) {
	http_response_code(400);
	return true;
}
$file = $root . $path;
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
	$file = rtrim($file, '/') . '/index.php';
}
if (is_file($file)) {
	if (substr($file, -4) !== '.php') {
		return false; // a static file: the server sends it
	}
	$_SERVER['SCRIPT_NAME'] = substr($file, strlen($root));
	$_SERVER['SCRIPT_FILENAME'] = $file;
	$_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'];
	chdir(dirname($file));
	require $file;
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($root);
require $root . '/index.php';
