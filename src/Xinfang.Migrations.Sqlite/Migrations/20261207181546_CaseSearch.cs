using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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

            // An FTS5 index over the segmented words (unicode61 splits on the spaces; CJK words are single tokens),
            // kept in step with the table by triggers.
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "CaseSearchIndex" USING fts5("Text", content='CaseSearchTexts', content_rowid='Id');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchTexts_ai" AFTER INSERT ON "CaseSearchTexts" BEGIN
                  INSERT INTO "CaseSearchIndex"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchTexts_ad" AFTER DELETE ON "CaseSearchTexts" BEGIN
                  INSERT INTO "CaseSearchIndex"("CaseSearchIndex", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchTexts_au" AFTER UPDATE ON "CaseSearchTexts" BEGIN
                  INSERT INTO "CaseSearchIndex"("CaseSearchIndex", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                  INSERT INTO "CaseSearchIndex"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "CaseSearchIndex";""");
            migrationBuilder.DropTable(
                name: "CaseSearchTexts");
        }
    }
}
