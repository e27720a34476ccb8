// aims:help, as README promises: the goals with what they do, and for one goal every parameter with its user
// property and default, from the goals' Javadoc.
String text = new File(basedir, 'build.log').getText('UTF-8')
['aims:check', 'aims:handbook', 'aims:help', 'aims:import', 'aims:init', 'aims:report', 'aims:serve'].each {
    assert text.contains(it) : "aims:help does not list ${it}"
}
assert text.contains('Checks the AIMS content the way an auditor would')
assert text.contains('Available parameters:')
assert text.contains('formats (Default: html,pdf)')
assert text.contains('User property: aims.formats')
assert text.contains('The formats of the handbook that aims:handbook writes')
assert text.contains('BUILD SUCCESS')
return true
