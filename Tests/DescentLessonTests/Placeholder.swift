import Testing
@testable import DescentLesson
