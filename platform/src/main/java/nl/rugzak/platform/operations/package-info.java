/**
 * Running Rugzak for the lab: what an operator's tools read on the management port (health groups beyond the
 * database, Prometheus metrics with a {@code tenant} tag where one makes sense) and what every log line carries (the
 * tenant and the request id, in the MDC). Nothing here changes what a visitor sees; every hook only counts.
 */
package nl.rugzak.platform.operations;
