import Testing
@testable import DescentPipeline
