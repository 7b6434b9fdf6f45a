using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeOnPortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublishedIsPublic",
                table: "KnowledgeEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Entries published before this column existed were approved as they are now.
            migrationBuilder.Sql("""UPDATE "KnowledgeEntries" SET "PublishedIsPublic" = "IsPublic" WHERE "PublishedVersion" IS NOT NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedIsPublic",
                table: "KnowledgeEntries");
        }
    }
}
