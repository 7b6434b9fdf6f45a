using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HotlineCallerHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CallerHash",
                table: "HotlineCalls",
                column: "CallerHash",
                filter: "\"CallerHash\" IS NOT NULL")
                .Annotation("Npgsql:IndexMethod", "hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CallerHash",
                table: "HotlineCalls");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls",
                columns: new[] { "CallerHash", "StartAt" },
                filter: "\"CallerHash\" IS NOT NULL");
        }
    }
}
