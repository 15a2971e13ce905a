namespace WinsockErrors.Tests;

public class CodeLookupTests
{
    [Theory]
    [InlineData(0, "NO_ERROR")]
    [InlineData(6, "WSA_INVALID_HANDLE")]
    [InlineData(8, "WSA_NOT_ENOUGH_MEMORY")]
    [InlineData(87, "WSA_INVALID_PARAMETER")]
    [InlineData(995, "WSA_OPERATION_ABORTED")]
    [InlineData(996, "WSA_IO_INCOMPLETE")]
    [InlineData(997, "WSA_IO_PENDING")]
    [InlineData(10004, "WSAEINTR")]
    [InlineData(10035, "WSAEWOULDBLOCK")]
    [InlineData(10054, "WSAECONNRESET")]
    [InlineData(10071, "WSAEREMOTE")]
    [InlineData(10091, "WSASYSNOTREADY")]
    [InlineData(10092, "WSAVERNOTSUPPORTED")]
    [InlineData(10112, "WSAEREFUSED")]
    [InlineData(11001, "WSAHOST_NOT_FOUND")]
    [InlineData(11004, "WSANO_DATA")]
    [InlineData(11005, "WSA_QOS_RECEIVERS")]
    [InlineData(11024, "WSA_QOS_EUNKOWNPSOBJ")]
    [InlineData(11031, "WSA_QOS_RESERVED_PETYPE")]
    [InlineData(11032, "WSA_SECURE_HOST_NOT_FOUND")]
    [InlineData(11033, "WSA_IPSEC_NAME_POLICY_ERROR")]
    public void Finds_codes_of_every_range(int code, string name)
    {
        WsaErrors.Find(code)!.Name.Should().Be(name);
        WsaErrors.TryFind(code, out var info).Should().BeTrue();
        info!.Code.Should().Be(code);
        WsaErrors.Get((WsaError)code).Should().BeSameAs(info);
    }

    [Fact]
    public void Concrete_texts_of_a_well_known_code()
    {
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);

        info.Code.Should().Be(10054);
        info.Title.Should().Be("Connection reset by peer.");
        info.Message.Should().Be("An existing connection was forcibly closed by the remote host.");
        info.Description.Should().StartWith("An existing connection was forcibly closed by the remote host. This normally results");
        info.HResult.Should().Be(unchecked((int)0x80072746));
        info.Aliases.Should().Equal("ECONNRESET");
        info.ToString().Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
        WsaErrors.Get(WsaError.WSAVERNOTSUPPORTED).Title.Should().Be("Winsock.dll version out of range.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9999)]
    [InlineData(10000)]
    [InlineData(10001)]
    [InlineData(10072)]
    [InlineData(11000)]
    [InlineData(11034)]
    [InlineData(12345)]
    [InlineData(0x7FFFFFFF)]
    [InlineData(int.MinValue)]
    public void Unknown_codes_find_nothing_and_never_throw(int code)
    {
        WsaErrors.Find(code).Should().BeNull();
        WsaErrors.TryFind(code, out var info).Should().BeFalse();
        info.Should().BeNull();
        WsaErrors.FormatMessage(code).Should().StartWith("Unknown error (0x");
    }

    [Fact]
    public void Get_rejects_an_undefined_enum_value()
    {
        var act = () => WsaErrors.Get((WsaError)12345);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("error");
        WsaErrors.IsDefined((WsaError)12345).Should().BeFalse();
        WsaErrors.IsDefined(WsaError.WSAEINTR).Should().BeTrue();
    }

    [Theory]
    [InlineData(unchecked((int)0x80072746), "WSAECONNRESET")]
    [InlineData(unchecked((int)0x800703E3), "WSA_OPERATION_ABORTED")]
    [InlineData(unchecked((int)0x80072AF9), "WSAHOST_NOT_FOUND")]
    [InlineData(0, "NO_ERROR")]
    public void Finds_by_HRESULT(int hResult, string name)
    {
        var info = WsaErrors.FindByHResult(hResult)!;

        info.Name.Should().Be(name);
        info.HResult.Should().Be(hResult);
    }

    [Fact]
    public void The_negative_int_form_of_an_HRESULT_is_the_same_value() =>
        WsaErrors.FindByHResult(-2147014842)!.Name.Should().Be("WSAECONNRESET");

    [Theory]
    [InlineData(10054)]
    [InlineData(unchecked((int)0x80004005))]
    [InlineData(unchecked((int)0x80073039))]
    [InlineData(unchecked((int)0x90072746))]
    public void Other_HRESULTs_find_nothing(int hResult) => WsaErrors.FindByHResult(hResult).Should().BeNull();

    [Fact]
    public void Every_entry_has_its_HRESULT_from_win32()
    {
        foreach (var info in WsaErrors.All)
        {
            var expected = info.Code == 0 ? 0 : unchecked((int)(0x80070000u | (uint)info.Code));
            info.HResult.Should().Be(expected, info.Name);
            WsaErrors.FindByHResult(info.HResult).Should().BeSameAs(info);
        }
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Get_of_an_undefined_value_says_which_value()
    {
        FluentActions.Invoking(() => WsaErrors.Get((WsaError)12345))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("error")
            .WithMessage("12345 is not a defined WsaError value.*")
            .Which.ActualValue.Should().Be(12345);
    }
#endif
}
