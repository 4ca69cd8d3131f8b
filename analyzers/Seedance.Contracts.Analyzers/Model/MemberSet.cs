using System.Collections.Generic;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>Bit-set helpers over the members of one <see cref="StatusType"/> (at most 64 distinct values).</summary>
    internal static class MemberSet
    {
        public const int MaxMembers = 64;

        public static bool Contains(ulong set, StatusMember member) => (set & member.Bit) != 0;

        public static IEnumerable<StatusMember> Enumerate(ulong set, StatusType type)
        {
            foreach (var member in type.Members)
            {
                if (Contains(set, member))
                {
                    yield return member;
                }
            }
        }
    }
}
