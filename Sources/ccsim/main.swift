import CCSimCLI
import Foundation

exit(CCSim.main(CommandLine.arguments))
