// The toolkit to import: the fixture the unit tests import, copied so that the scenario cannot change it.
def from = new File(fixtures, 'import-toolkit')
def to = new File(basedir, 'toolkit')
assert from.isDirectory()
from.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    def target = new File(to, from.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = file.bytes
}
return true
