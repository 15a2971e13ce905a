namespace WinsockErrors.Tests.Docs;

public class RelatedCodesTests
{
    [Fact]
    public void A_code_named_in_a_description_is_related_both_ways()
    {
        Names(RelatedCodes.Of(WsaErrors.Get(WsaError.WSAECONNRESET))).Should().Contain(WsaError.WSAENETRESET);
        Names(RelatedCodes.Of(WsaErrors.Get(WsaError.WSAENETRESET))).Should().Contain(WsaError.WSAECONNRESET);
    }

    [Fact]
    public void The_neighbours_in_the_category_are_related_and_other_categories_are_not()
    {
        var related = RelatedCodes.Of(WsaErrors.Get(WsaError.WSAEINTR));

        // WSA_IO_PENDING (997) is the code just below it, but in the OverlappedIo category.
        Names(related).Should().Equal(WsaError.WSAEBADF);
    }

    [Fact]
    public void A_code_both_named_and_next_to_another_is_listed_once_with_both_reasons()
    {
        var related = RelatedCodes.Of(WsaErrors.Get(WsaError.WSAEPFNOSUPPORT));

        related.Should().ContainSingle(code => code.Info.Error == WsaError.WSAEAFNOSUPPORT)
            .Which.Reason.Should().Contain(" and ");
    }

    [Fact]
    public void A_code_alone_in_its_category_and_named_nowhere_has_none()
    {
        RelatedCodes.Of(WsaErrors.Get(WsaError.NO_ERROR)).Should().BeEmpty();
    }

    private static IEnumerable<WsaError> Names(IEnumerable<RelatedCode> related) => related.Select(code => code.Info.Error);
}
