<?php
/**
 * Plugin Name: CivicStat test: oEmbed discovery on loopback
 * Description: For test/cli/wordpress.test.ts only, never for a city's site. WordPress fetches a
 * discovered oEmbed only from ports 80, 443 and 8080 (http_allowed_safe_ports) and not from
 * loopback addresses; the test serves its embed pages on 127.0.0.1 at a port of its own, named in
 * the environment of PHP's server as CIVICSTAT_WP_TEST_SITE_PORT. This allows that one port on
 * 127.0.0.1, and 127.0.0.1 as a host. Nothing else.
 */

function civicstat_test_site_port() {
	$port = getenv( 'CIVICSTAT_WP_TEST_SITE_PORT' );
	return ( is_string( $port ) && ctype_digit( $port ) ) ? (int) $port : 0;
}

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host ) {
		$port = civicstat_test_site_port();
		if ( $port && '127.0.0.1' === $host ) {
			$ports[] = $port;
		}
		return $ports;
	},
	10,
	2
);

add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return '127.0.0.1' === $host ? true : $external;
	},
	10,
	2
);
