namespace WinsockErrors.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var console = CliConsole.FromSystem();
        return WsaerrApp.Run(args, console);
    }
}
