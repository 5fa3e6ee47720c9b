import CFuzzDriver
import DescentLesson

/// One fuzz input: loads the bytes as a lesson file and runs the checks `descent check`
/// runs (runtime facts and the work budget). Any outcome but a crash, a hang or a leak is fine.
func fuzzLesson(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let (lesson, source) = try? LessonLoader().parseWithSource(bytes: bytes, file: "fuzz.yaml") {
        let problems = LessonBudget.problems(lesson, source: source)
        if problems.isEmpty { _ = LessonFacts.problems(lesson, source: source) }
    }
    return 0
}

/// The program's entry point (SwiftPM names an executable's main `FuzzLesson_main`): hands the
/// command line to libFuzzer's driver.
@_cdecl("FuzzLesson_main")
func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzLesson(data, size) }
}
