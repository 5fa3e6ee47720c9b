import Testing
@testable import DescentNumerics
