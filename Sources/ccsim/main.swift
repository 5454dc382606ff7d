import CCSimCLI
import Foundation

Interruption.install()
exit(CCSim.main(CommandLine.arguments))
