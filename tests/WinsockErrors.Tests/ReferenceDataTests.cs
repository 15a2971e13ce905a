using System.Linq;
using System.Text.Json;

namespace WinsockErrors.Tests;

public class ReferenceDataTests
{
    public static TheoryData<string> SeedNames => new(ReferenceDocument.Seed.Select(e => e.Name));

    [Fact]
    public void The_reference_list_has_95_codes_and_the_table_has_them_plus_three()
    {
        ReferenceDocument.Seed.Should().HaveCount(95);
        WsaErrors.All.Should().HaveCount(98);
        WsaErrors.All.Select(e => e.Code).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        WsaErrors.All.Select(e => e.Name).Should().Contain(ReferenceDocument.Seed.Select(e => e.Name))
            .And.Contain(["NO_ERROR", "WSA_SECURE_HOST_NOT_FOUND", "WSA_IPSEC_NAME_POLICY_ERROR"]);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_code_of_the_reference_list_is_there_word_for_word(string name)
    {
        var expected = ReferenceDocument.Seed.Single(e => e.Name == name);

        var info = WsaErrors.Find(expected.Code);

        info.Should().NotBeNull();
        info!.Name.Should().Be(expected.Name);
        info.Title.Should().Be(expected.Title);
        info.HasListTitle.Should().BeTrue();
        info.Description.Should().Be(expected.Description);
        WsaErrors.Find(name).Should().BeSameAs(info);
    }

    [Fact]
    public void Every_system_message_is_the_FormatMessage_text()
    {
        foreach (var message in ReferenceDocument.SystemMessages.EnumerateObject())
        {
            var code = int.Parse(message.Name, System.Globalization.CultureInfo.InvariantCulture);
            var text = message.Value.GetProperty("text").GetString();
            WsaErrors.FormatMessage(code).Should().Be(text, "code {0}", code);
            WsaErrors.Find(code)!.Message.Should().Be(text);
        }

        ReferenceDocument.SystemMessages.EnumerateObject().Should().HaveCount(97);
    }

    [Theory]
    [InlineData(0, "NO_ERROR", "The operation completed successfully.")]
    [InlineData(11032, "WSA_SECURE_HOST_NOT_FOUND", "No such host is known securely.")]
    [InlineData(11033, "WSA_IPSEC_NAME_POLICY_ERROR", "Name based IPSEC policy could not be added.")]
    public void Codes_outside_the_list_have_no_invented_description(int code, string name, string message)
    {
        var info = WsaErrors.Find(code)!;

        info.Name.Should().Be(name);
        info.Description.Should().BeEmpty();
        info.Message.Should().Be(message);
        info.HasListTitle.Should().BeFalse();
        info.Title.Should().Be(message, "the list has no title for it, so the system message stands in");
    }

    [Fact]
    public void Every_alias_the_headers_define_finds_its_code()
    {
        var constants = ReferenceDocument.Constants;
        foreach (var group in new[] { "wsa_aliases", "h_errno_names", "ws2tcpip_eai", "bsd_errno_names" })
        {
            foreach (var alias in constants.GetProperty(group).EnumerateObject())
            {
                var value = alias.Value.GetProperty("value").GetInt32();
                var info = WsaErrors.Find(alias.Name);
                info.Should().NotBeNull(alias.Name);
                info!.Code.Should().Be(value, alias.Name);
                info.Aliases.Should().Contain(alias.Name);
            }
        }
    }

    [Fact]
    public void Every_constant_of_the_headers_has_its_value()
    {
        foreach (var constant in ReferenceDocument.Constants.GetProperty("constants").EnumerateArray())
        {
            var name = constant.GetProperty("name").GetString()!;
            var value = constant.GetProperty("value").GetInt32();
            WsaErrors.Find(name)!.Code.Should().Be(value, name);
        }
    }

    [Fact]
    public void Aliases_are_exactly_the_header_names()
    {
        var expected = ReferenceDocument.Constants.GetProperty("wsa_aliases").EnumerateObject()
            .Concat(ReferenceDocument.Constants.GetProperty("h_errno_names").EnumerateObject())
            .Concat(ReferenceDocument.Constants.GetProperty("ws2tcpip_eai").EnumerateObject())
            .Concat(ReferenceDocument.Constants.GetProperty("bsd_errno_names").EnumerateObject())
            .Select(p => p.Name)
            .Append("WSA_QOS_EUNKNOWNPSOBJ");

        WsaErrors.All.SelectMany(e => e.Aliases).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void The_errno_winsock2h_pairs_with_each_code_has_the_reference_numbers()
    {
        foreach (var errno in ReferenceDocument.Errno.EnumerateObject())
        {
            if (errno.Value.GetProperty("wsa").ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var info = WsaErrors.Find(errno.Value.GetProperty("wsa_value").GetInt32())!;
            var paired = info.Errno[0];
            paired.Name.Should().Be(errno.Name);
            paired.IsWinsockPair.Should().BeTrue();
            paired.Linux.Should().Be(Number(errno.Value, "linux"), errno.Name);
            paired.MacOS.Should().Be(Number(errno.Value, "darwin"), errno.Name);
            paired.FreeBsd.Should().Be(Number(errno.Value, "freebsd"), errno.Name);
            paired.WindowsCrt.Should().Be(Number(errno.Value, "windows_crt"), errno.Name);
            info.PosixName.Should().Be(errno.Name);
        }
    }

    [Fact]
    public void Errno_values_that_only_dotnet_maps_have_the_reference_numbers()
    {
        var extras = WsaErrors.All.SelectMany(e => e.Errno).Where(e => !e.IsWinsockPair && e.Name != "ENODATA").ToList();

        extras.Select(e => e.Name).Should().BeEquivalentTo(["EAGAIN", "ENOTSUP", "ENOENT", "ENFILE", "EPIPE", "ECANCELED"]);
        foreach (var errno in extras)
        {
            var reference = ReferenceDocument.Errno.GetProperty(errno.Name);
            errno.Linux.Should().Be(Number(reference, "linux"));
            errno.MacOS.Should().Be(Number(reference, "darwin"));
            errno.FreeBsd.Should().Be(Number(reference, "freebsd"));
            errno.WindowsCrt.Should().Be(Number(reference, "windows_crt"));
        }
    }

    private static int? Number(JsonElement errno, string platform) =>
        errno.GetProperty(platform).ValueKind == JsonValueKind.Null ? null : errno.GetProperty(platform).GetInt32();
}
