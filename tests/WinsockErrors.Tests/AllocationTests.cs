namespace WinsockErrors.Tests;

/// <summary>Counts bytes, not time: the lookups must not allocate once the table exists.</summary>
public class AllocationTests
{
    [Fact]
    public void Lookups_of_known_codes_and_names_allocate_nothing()
    {
        _ = WsaErrors.Find(10054);
        var names = new[] { "WSAECONNRESET", "wsaeconnreset", "EAI_NONAME", "NOT_A_NAME", "WSANO_ADDRESS" };

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = WsaErrors.Find(10054);
            _ = WsaErrors.Find(997);
            _ = WsaErrors.Find(12345);
            _ = WsaErrors.Find(names[i % names.Length]);
            _ = WsaErrors.Find(names[i % names.Length].AsSpan());
            _ = WsaErrors.Describe(10061);
            _ = WsaErrors.FormatMessage(11001);
            _ = WsaError.WSAETIMEDOUT.ToName();
            _ = WsaErrors.FindByHResult(unchecked((int)0x80072746));
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
