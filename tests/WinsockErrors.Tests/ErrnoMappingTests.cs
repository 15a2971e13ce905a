using System.Linq;
using System.Text.Json;

namespace WinsockErrors.Tests;

public class ErrnoMappingTests
{
    /// <summary>Each platform with its key in the reference document, which spells macOS and the CRT its own way.</summary>
    public static TheoryData<ErrnoPlatform, string> Platforms => new()
    {
        { ErrnoPlatform.Linux, "linux" },
        { ErrnoPlatform.MacOS, "darwin" },
        { ErrnoPlatform.FreeBsd, "freebsd" },
        { ErrnoPlatform.WindowsCrt, "windows_crt" },
    };

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Every_paired_errno_of_the_reference_maps_to_its_Winsock_code(ErrnoPlatform platform, string key)
    {
        foreach (var errno in ReferenceDocument.Errno.EnumerateObject())
        {
            var number = errno.Value.GetProperty(key);
            if (errno.Value.GetProperty("wsa").ValueKind == JsonValueKind.Null || number.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            WsaErrors.FromErrno(number.GetInt32(), platform)!.Code
                .Should().Be(errno.Value.GetProperty("wsa_value").GetInt32(), "{0} is {1} on {2}", errno.Name, number.GetInt32(), platform);
        }
    }

    [Theory]
    [InlineData(ErrnoPlatform.Linux, 104, "WSAECONNRESET")]
    [InlineData(ErrnoPlatform.MacOS, 54, "WSAECONNRESET")]
    [InlineData(ErrnoPlatform.FreeBsd, 54, "WSAECONNRESET")]
    [InlineData(ErrnoPlatform.WindowsCrt, 108, "WSAECONNRESET")]
    [InlineData(ErrnoPlatform.Linux, 111, "WSAECONNREFUSED")]
    [InlineData(ErrnoPlatform.Linux, 11, "WSAEWOULDBLOCK")]
    [InlineData(ErrnoPlatform.MacOS, 35, "WSAEWOULDBLOCK")]
    [InlineData(ErrnoPlatform.MacOS, 102, "WSAEOPNOTSUPP")]
    [InlineData(ErrnoPlatform.MacOS, 45, "WSAEOPNOTSUPP")]
    [InlineData(ErrnoPlatform.Linux, 95, "WSAEOPNOTSUPP")]
    [InlineData(ErrnoPlatform.Linux, 110, "WSAETIMEDOUT")]
    [InlineData(ErrnoPlatform.Linux, 108, "WSAESHUTDOWN")]
    [InlineData(ErrnoPlatform.Linux, 32, "WSAESHUTDOWN")]
    [InlineData(ErrnoPlatform.Linux, 125, "WSA_OPERATION_ABORTED")]
    [InlineData(ErrnoPlatform.Linux, 23, "WSAEMFILE")]
    [InlineData(ErrnoPlatform.Linux, 61, "WSANO_DATA")]
    [InlineData(ErrnoPlatform.WindowsCrt, 140, "WSAEWOULDBLOCK")]
    [InlineData(ErrnoPlatform.WindowsCrt, 11, "WSAEWOULDBLOCK")]
    public void Maps_errno_numbers_per_platform(ErrnoPlatform platform, int errno, string name) =>
        WsaErrors.FromErrno(errno, platform)!.Name.Should().Be(name);

    [Theory]
    [InlineData(ErrnoPlatform.Linux, 0)]
    [InlineData(ErrnoPlatform.Linux, 12)]
    [InlineData(ErrnoPlatform.Linux, 71)]
    [InlineData(ErrnoPlatform.Linux, -1)]
    [InlineData(ErrnoPlatform.MacOS, 100)]
    [InlineData(ErrnoPlatform.Linux, 10054)]
    [InlineData((ErrnoPlatform)42, 104)]
    public void Errno_values_without_a_Winsock_counterpart_give_null(ErrnoPlatform platform, int errno) =>
        WsaErrors.FromErrno(errno, platform).Should().BeNull();

    [Fact]
    public void Each_entry_knows_its_numbers_per_platform()
    {
        var errno = WsaErrors.Get(WsaError.WSAECONNREFUSED).Errno[0];

        errno.Name.Should().Be("ECONNREFUSED");
        errno.On(ErrnoPlatform.Linux).Should().Be(111);
        errno.On(ErrnoPlatform.MacOS).Should().Be(61);
        errno.On(ErrnoPlatform.FreeBsd).Should().Be(61);
        errno.On(ErrnoPlatform.WindowsCrt).Should().Be(107);
        WsaErrors.Get(WsaError.WSAEPROCLIM).Errno[0].Linux.Should().BeNull("Linux defines no EPROCLIM");
        WsaErrors.Get(WsaError.WSAEWOULDBLOCK).Errno.Select(e => e.Name).Should().Equal("EWOULDBLOCK", "EAGAIN");
        WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND).Errno.Should().BeEmpty();
    }

    [Fact]
    public void The_native_platform_is_the_one_this_process_runs_on()
    {
        var expected = OperatingSystem.IsWindows() ? (ErrnoPlatform?)null
            : OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() ? ErrnoPlatform.MacOS
            : OperatingSystem.IsFreeBSD() ? ErrnoPlatform.FreeBsd
            : ErrnoPlatform.Linux;

        WsaErrors.NativePlatform.Should().Be(expected);
    }

    [Fact]
    public void FromErrno_without_a_platform_reads_the_local_errno()
    {
        if (WsaErrors.NativePlatform is not { } platform)
        {
            WsaErrors.FromErrno(104).Should().BeNull("Windows reports Winsock codes, not errno");
            return;
        }

        var connectionRefused = WsaErrors.Get(WsaError.WSAECONNREFUSED).Errno[0].On(platform)!.Value;
        WsaErrors.FromErrno(connectionRefused)!.Error.Should().Be(WsaError.WSAECONNREFUSED);
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void The_errno_name_table_lists_every_winsock2_pair_before_any_name_only_dotnet_maps()
    {
        // Built afresh here, not read from the cache the lookups fill on first use.
        var names = WsaErrors.CreateErrnoNames();
        var paired = WsaErrors.All.SelectMany(e => e.Errno.Where(x => x.IsWinsockPair).Select(x => x.Name)).ToList();
        var dotNetOnly = WsaErrors.All.SelectMany(e => e.Errno.Where(x => !x.IsWinsockPair).Select(x => x.Name)).ToList();

        names.Select(p => p.Key).Should().Equal(paired.Concat(dotNetOnly).Distinct());
        dotNetOnly.Should().Contain(["EAGAIN", "EPIPE"], "the data has names only .NET maps, so the order is tested");
        names.Should().OnlyContain(p => WsaErrors.All[p.Value].Errno.Any(x => x.Name == p.Key));
    }
#endif
}
