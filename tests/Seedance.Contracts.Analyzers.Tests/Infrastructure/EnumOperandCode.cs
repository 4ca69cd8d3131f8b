namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>Test code whose method has the status enum itself (and a nullable one) in scope, for <c>status.ToString()</c> cases.</summary>
internal static class EnumOperandCode
{
    public static string InMethod(string body) => $$"""
        using System;
        using Seedance.Contracts;
        class C
        {
            bool M(MagnificTaskStatus status, MagnificTaskStatus? maybe, TaskDetail? detail)
            {
        {{body}}
            }
        }
        """;
}
