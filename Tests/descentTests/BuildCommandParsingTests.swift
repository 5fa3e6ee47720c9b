import ArgumentParser
import DescentPublish
import DescentRender
import Testing
@testable import descent

@Suite("descent build: options are typed and checked by the parser")
struct BuildCommandParsingTests {
    @Test("formats, language, paper, theme and workers parse into their types")
    func typedOptions() throws {
        let command = try BuildCommand.parse(["Lessons", "--format", "png, SVG,png", "--lang", "ko", "--paper", "letter", "--theme", "dark", "--jobs", "3", "--force"])
        #expect(command.format?.formats == [.png, .svg])
        #expect(command.lang == .ko)
        #expect(command.paper == .letter)
        #expect(command.theme == .dark)
        let course = command.course
        #expect(course.width == 3 && course.force)
        #expect(course.policy.paper == .letter && course.policy.handoutLanguages == ["en", "ko"])
        #expect(course.options.formats == [.png, .svg] && course.options.language == "ko")
    }

    @Test("defaults: each lesson's own formats and language, A4 handouts and the gallery")
    func defaults() throws {
        let command = try BuildCommand.parse([])
        #expect(command.format == nil && command.lang == nil)
        #expect(command.course.policy == CoursePolicy.standard)
        #expect(command.course.options.outputDirectory == "Output")
    }

    @Test("--no-handout and --no-gallery switch the course's products off")
    func switchesOff() throws {
        let course = try BuildCommand.parse(["--no-handout", "--no-gallery"]).course
        #expect(!course.policy.handouts && !course.policy.gallery)
        #expect(try BuildCommand.parse([]).course.options.animations)
        let stills = try BuildCommand.parse(["--no-animations"]).course.options
        #expect(!stills.animations && stills.cacheKey.hasSuffix(" animations=no"))
    }

    @Test(
        "bad values are rejected with the accepted ones named",
        arguments: [
            (["--format", "png,jpeg"], "--format"), (["--lang", "fr"], "--lang"), (["--paper", "a5"], "--paper"),
            (["--scale", "0"], "--scale"), (["--jobs", "0"], "--jobs"),
        ]
    )
    func badValues(arguments: [String], option: String) {
        do {
            _ = try BuildCommand.parse(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            let message = BuildCommand.message(for: error)
            #expect(message.contains(option), "\(message)")
        }
    }

    @Test("the language and paper errors list what is accepted")
    func acceptedValuesAreListed() {
        for (arguments, accepted) in [(["--lang", "fr"], ["en", "ko"]), (["--paper", "a5"], ["a4", "letter"])] {
            do {
                _ = try HandoutCommand.parse(arguments)
                Issue.record("\(arguments) parsed")
            } catch {
                let text = HandoutCommand.message(for: error)
                #expect(accepted.allSatisfy(text.contains), "\(text)")
            }
        }
    }
}
