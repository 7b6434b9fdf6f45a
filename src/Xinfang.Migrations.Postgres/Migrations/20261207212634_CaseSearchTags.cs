using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Searchable texts now end with the case's tags (month, place, scope): the old ones are dropped and built
            // again — at start in demo mode, otherwise by `xinfang search reindex` (the platform warns until then).
            migrationBuilder.Sql("""DELETE FROM "CaseSearchTexts";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
