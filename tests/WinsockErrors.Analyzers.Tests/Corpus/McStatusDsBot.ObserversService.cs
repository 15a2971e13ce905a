// Source: Neisvestney/MCStatusDSBot, MCStatusDSBot/ObserversService.cs, commit fd4ec3d27d07272b038364d35078adf480019b24
using System;
using System.Net.Sockets;
using System.Threading.Tasks;

// Stand-ins for the Discord.Net types the excerpt uses.
enum DiscordErrorCode { UnknownMessage = 10008 }
class HttpException : Exception { public DiscordErrorCode? DiscordCode { get; set; } }

class ObserversService
{
    async Task Ping(Func<Task> pingAsync)
    {
        try
        {
            await pingAsync();
        }
        catch (SocketException e) when (e.ErrorCode == 11001 // non-portable
            || e.ErrorCode == 10060) // non-portable
        {
        }
    }

    async Task Update(Func<Task> modify)
    {
        try
        {
            await modify();
        }
        catch (HttpException e) when (e.DiscordCode == DiscordErrorCode.UnknownMessage) // look-alike
        {
        }
    }
}
