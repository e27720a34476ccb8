// Two modules, two handbooks, built in parallel: each has its own organization everywhere, and Maven did not warn
// that the goals are not thread-safe.
File log = new File(basedir, 'build.log')
String text = log.getText('UTF-8')
assert !text.contains('not marked as @threadSafe') : 'Maven warned about thread safety'
assert text.contains('BUILD SUCCESS')

['north': 'North Analytics GmbH', 'south': 'South Analytics GmbH'].each { module, organization ->
    File site = new File(basedir, module + '/target/aims')
    assert new File(site, 'index.html').isFile()
    assert new File(site, 'handbook.pdf').isFile()
    String index = new File(site, 'index.html').getText('UTF-8')
    assert index.contains(organization)
    String other = organization.startsWith('North') ? 'South Analytics GmbH' : 'North Analytics GmbH'
    assert !index.contains(other)
    String report = new File(site, 'aims-report.json').getText('UTF-8')
    assert report.contains('"organization" : "' + organization + '"')
    new File(site, 'controls').eachFile { page ->
        assert !page.getText('UTF-8').contains(other) : page.name + ' of ' + module + ' shows the other handbook'
    }
}
return true
