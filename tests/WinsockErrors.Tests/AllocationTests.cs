namespace WinsockErrors.Tests;

/// <summary>Counts bytes, not time: once an entry exists (it is created on its first use), lookups allocate nothing.</summary>
public class AllocationTests
{
    private static readonly string[] Names = ["WSAECONNRESET", "wsaeconnreset", "EAI_NONAME", "NOT_A_NAME", "WSANO_ADDRESS"];

    [Fact]
    public void Lookups_of_known_codes_and_names_allocate_nothing()
    {
        for (var i = 0; i < Names.Length; i++)
        {
            LookUpEverything(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            LookUpEverything(i);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Parsing_and_searching_a_plain_chain_of_exceptions_allocate_nothing()
    {
        string[] texts = ["10054", "0x80072746", "0xFFFDFFFF", "(00000005, 0xFFFDFFFF)", "EPIPE", "SocketError.TimedOut", "nothing"];
        var wrapped = new HttpRequestException("refused", new IOException("inner", new System.Net.Sockets.SocketException(10061)));
        ParseAndSearch(texts, wrapped);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            ParseAndSearch(texts, wrapped);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static void ParseAndSearch(string[] texts, Exception wrapped)
    {
        foreach (var text in texts)
        {
            _ = WsaErrors.TryParse(text, out _);
            _ = WsaErrors.TryParseNumber(text, out _);
        }

        _ = WsaErrors.Find(wrapped);
        _ = WsaErrors.Describe(wrapped);
        _ = WsaErrors.FindNativeErrorCode(111, ErrnoPlatform.Linux);
    }

    private static void LookUpEverything(int i)
    {
        _ = WsaErrors.Find(10054);
        _ = WsaErrors.Find(997);
        _ = WsaErrors.Find(12345);
        _ = WsaErrors.Find(Names[i % Names.Length]);
        _ = WsaErrors.Find(Names[i % Names.Length].AsSpan());
        _ = WsaErrors.Describe(10061);
        _ = WsaErrors.FormatMessage(11001);
        _ = WsaError.WSAETIMEDOUT.ToName();
        _ = WsaErrors.FindByHResult(unchecked((int)0x80072746));
        _ = WsaErrors.All[42];
    }
}
