using System.Linq;

namespace WinsockErrors.Tests;

public class GeneratedEnumTests
{
    [Fact]
    public void Every_entry_of_the_data_file_is_an_enum_member_with_the_same_value()
    {
        var entries = ReferenceDocument.DataFile.GetProperty("errors").EnumerateArray().ToList();

        entries.Should().HaveCount(98);
        foreach (var entry in entries)
        {
            var name = entry.GetProperty("name").GetString()!;
            var code = entry.GetProperty("code").GetInt32();
            Enum.TryParse<WsaError>(name, out var member).Should().BeTrue(name);
            ((int)member).Should().Be(code, name);
            WsaErrors.Get(member).Name.Should().Be(name);
        }

        Enum.GetValues<WsaError>().Should().HaveCount(98);
    }

    [Fact]
    public void Every_table_entry_agrees_with_its_enum_member()
    {
        foreach (var info in WsaErrors.All)
        {
            info.Error.ToString().Should().Be(info.Name);
            info.Code.Should().Be((int)info.Error);
            info.Error.ToName().Should().Be(info.Name);
        }
    }

    [Fact]
    public void Categories_follow_the_ranges()
    {
        WsaErrors.Get(WsaError.NO_ERROR).Category.Should().Be(WsaErrorCategory.Success);
        WsaErrors.Get(WsaError.WSA_IO_PENDING).Category.Should().Be(WsaErrorCategory.OverlappedIo);
        WsaErrors.Get(WsaError.WSAECONNRESET).Category.Should().Be(WsaErrorCategory.Socket);
        WsaErrors.Get(WsaError.WSANOTINITIALISED).Category.Should().Be(WsaErrorCategory.Subsystem);
        WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND).Category.Should().Be(WsaErrorCategory.NameResolution);
        WsaErrors.Get(WsaError.WSA_IPSEC_NAME_POLICY_ERROR).Category.Should().Be(WsaErrorCategory.NameResolution);
        WsaErrors.Get(WsaError.WSA_QOS_RESERVED_PETYPE).Category.Should().Be(WsaErrorCategory.QualityOfService);
        WsaErrors.All.Count(e => e.Category == WsaErrorCategory.QualityOfService).Should().Be(27);
    }
}
