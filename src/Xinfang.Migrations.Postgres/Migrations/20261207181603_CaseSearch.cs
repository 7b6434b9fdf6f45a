using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSearchTexts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSearchTexts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchTexts_CaseId",
                table: "CaseSearchTexts",
                column: "CaseId",
                unique: true);

            // The words as a tsvector ('simple': no stemming, no stop words; the text is already segmented by jieba and
            // CJK words are letters under any UTF-8 locale), kept by the database itself, with a GIN index.
            migrationBuilder.Sql("""
                ALTER TABLE "CaseSearchTexts" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Text")) STORED;
                CREATE INDEX "IX_CaseSearchTexts_Vector" ON "CaseSearchTexts" USING GIN ("Vector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSearchTexts");
        }
    }
}
