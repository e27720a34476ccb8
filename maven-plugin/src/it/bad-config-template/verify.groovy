// A template override that Freemarker cannot parse is the user's error: the line names the file as seen from the
// project, with line and column, says what Freemarker found, and how to fix it. No handbook is written.
String text = new File(basedir, 'build.log').getText('UTF-8')
def failed = text.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failed == '[ERROR] Failed to execute goal io.github.aimshandbook:aims-maven-plugin:' + projectVersion +
        ':handbook (handbook) on project bad-config-template: The template override roles.ftlh is broken' +
        ' (src/aims/templates/roles.ftlh:3:2): Freemarker cannot parse it: Unknown directive: #iff. Help (latest' +
        " version): http://freemarker.org/docs/ref_directive_alphaidx.html; you're using FreeMarker 2.3.35. Fix" +
        ' the template, or delete it to use the built-in one. -> [Help 1]'
assert !text.contains('report it at')
assert !text.contains('generator failed')
assert !new File(basedir, 'target/aims/index.html').exists()
return true
