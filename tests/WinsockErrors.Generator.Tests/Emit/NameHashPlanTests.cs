using WinsockErrors.Generator.Emit;

namespace WinsockErrors.Generator.Tests;

public class NameHashPlanTests
{
    [Fact]
    public void Every_key_lands_in_its_own_slot()
    {
        string[] keys = ["WSAEINTR", "EINTR", "WSAEINVAL", "EINVAL", "EAI_BADFLAGS", "HOST_NOT_FOUND", "EAI_NONAME", "EAI_NODATA"];

        var plan = NameHashPlan.Build(keys, Enumerable.Range(0, keys.Length).ToArray(), out _)!;

        plan.Positions.Should().NotBeEmpty("a few characters tell these names apart");
        var slots = keys.Select(k => NameHashPlan.Slot(NameHashPlan.Signature(k.ToLowerInvariant(), plan.Positions), plan.Multiplier, plan.Bits)).ToList();
        slots.Should().OnlyHaveUniqueItems();
        for (var i = 0; i < keys.Length; i++)
        {
            plan.Slots[slots[i]].Should().Be(i + 1);
        }
    }

    [Fact]
    public void Names_that_share_every_sampled_character_fall_back_to_hashing_all_of_them()
    {
        // The hash samples only positions within the shortest name, so these differ where it never looks.
        string[] keys = ["AAA", "AAAAAXAAAAA", "AAAAAYAAAAA", "AAAAAZAAAAA"];

        var plan = NameHashPlan.Build(keys, [0, 1, 2, 3], out _)!;

        plan.Positions.Should().BeEmpty();
        keys.Select(k => NameHashPlan.Slot(NameHashPlan.Signature(k, plan.Positions), plan.Multiplier, plan.Bits)).Should().OnlyHaveUniqueItems();
    }
}
