import CFuzzDriver
import DescentNumerics

/// One fuzz input: parses the bytes as a formula in `x` and `y` (with a constant `a`),
/// and evaluates it with its derivatives once. Any outcome but a crash or a hang is fine.
func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    if let formula = try? Formula(text, variables: ["x", "y"], constants: ["a": 2]) {
        _ = formula.evaluate([0.5, -1.5])
        _ = formula.jet(x: 0.5, y: -1.5)
    }
    return 0
}

/// The program's entry point (SwiftPM names an executable's main `FuzzFormula_main`): hands the
/// command line to libFuzzer's driver.
@_cdecl("FuzzFormula_main")
func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzFormula(data, size) }
}
