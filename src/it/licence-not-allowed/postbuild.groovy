// The fixture build must have failed in the licence check, naming the licence and the library that carries it.
def log = new File(basedir, 'build.log').text
assert log.contains('add-third-party (licences-allowed) @ app') : 'the licence check did not run on the fixture'
assert log.contains("License: 'GNU Affero General Public License v3.0' used by 1 dependencies") : 'the AGPL licence was not refused'
assert log.contains('nl.rugzak.fixture:agpl-library') : 'the library with the refused licence is not named'
assert log.contains('There are some forbidden licenses used') : 'the licence check did not fail the build'
assert log.contains('BUILD FAILURE') : 'the fixture build did not fail'
true
