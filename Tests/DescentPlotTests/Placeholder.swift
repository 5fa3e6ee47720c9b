import Testing
@testable import DescentPlot
