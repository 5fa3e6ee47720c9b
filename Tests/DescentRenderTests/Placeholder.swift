import Testing
@testable import DescentRender
