namespace Seedance.Contracts.CodeFixes { internal static class Placeholder { } }
