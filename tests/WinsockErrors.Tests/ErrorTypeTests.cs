using System.Net.Sockets;
using System.Text;

namespace WinsockErrors.Tests;

/// <summary>The <c>error.type</c> value of every code.</summary>
public class ErrorTypeTests
{
    [Fact]
    public void Every_SocketError_member_with_a_code_gives_its_snake_case_name()
    {
        var members = Enum.GetValues<SocketError>().Where(m => Enum.IsDefined((WsaError)(int)m)).ToList();

        members.Should().HaveCount(46, "SocketError has 47 members, and all but SocketError.SocketError (-1) have a Winsock code");
        foreach (var member in members)
        {
            WsaErrors.Get((WsaError)(int)member).ErrorType.Should().Be(SnakeCase(member.ToString()), member.ToString());
        }
    }

    [Theory]
    [InlineData(WsaError.WSAECONNRESET, "connection_reset")]
    [InlineData(WsaError.WSAETIMEDOUT, "timed_out")]
    [InlineData(WsaError.WSAHOST_NOT_FOUND, "host_not_found")]
    [InlineData(WsaError.WSATRY_AGAIN, "try_again")]
    [InlineData(WsaError.WSAECONNREFUSED, "connection_refused")]
    [InlineData(WsaError.WSA_IO_PENDING, "io_pending")]
    [InlineData(WsaError.WSAEPROCLIM, "process_limit")]
    [InlineData(WsaError.WSAEUSERS, "wsaeusers")]
    [InlineData(WsaError.WSA_QOS_RECEIVERS, "wsa_qos_receivers")]
    public void Known_values(WsaError error, string errorType) =>
        WsaErrors.Get(error).ErrorType.Should().Be(errorType);

    [Fact]
    public void A_code_without_a_SocketError_member_gives_its_name_in_lower_case()
    {
        foreach (var info in WsaErrors.All.Where(e => e.SocketError is null))
        {
            info.ErrorType.Should().Be(info.Name.ToLowerInvariant());
        }
    }

    [Fact]
    public void The_values_are_unique_snake_case()
    {
        WsaErrors.All.Select(e => e.ErrorType).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(t => t.Length > 0 && t.All(c => c == '_' || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
    }

    /// <summary>
    /// snake_case as .NET writes an enum name in telemetry: a word starts at a capital after a small letter, and at
    /// the last capital of a run that a small letter follows (IOPending gives io_pending).
    /// </summary>
    private static string SnakeCase(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var startsWord = i > 0 && char.IsUpper(name[i])
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            words.Append(startsWord ? "_" : string.Empty).Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
