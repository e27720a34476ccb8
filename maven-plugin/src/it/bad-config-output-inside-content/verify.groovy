// An output folder inside the content is refused before anything is written: the content folder is never written.
String text = new File(basedir, 'build.log').getText('UTF-8')
def failed = text.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
String content = new File(basedir, 'src/aims').path
assert failed == '[ERROR] Failed to execute goal io.github.aimshandbook:aims-maven-plugin:' + projectVersion +
        ':handbook (handbook) on project bad-config-output-inside-content: The output folder cannot be used' +
        ' (parameter outputDirectory, -Daims.outputDirectory): The output folder ' + content + '/site is inside' +
        ' the content folder ' + content + ', and the content folder is never written. Choose a folder outside' +
        ' the content, such as target/aims. -> [Help 1]'
assert !text.contains('report it at')
assert !new File(basedir, 'src/aims/site').exists()
return true
